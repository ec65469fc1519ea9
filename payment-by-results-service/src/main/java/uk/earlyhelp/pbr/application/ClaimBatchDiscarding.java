package uk.earlyhelp.pbr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchState;
import uk.earlyhelp.pbr.domain.batch.DiscardClaimBatch;
import uk.earlyhelp.pbr.projection.ClaimBatchView;

/**
 * A finance officer discards a draft or approved batch: its families (and any adjustments it carried) are released
 * for the next batch, in the same transaction. A submitted batch is a claim made, never discarded.
 */
@ApplicationScoped
public class ClaimBatchDiscarding {

    @Inject
    ClaimBatchChanges changes;

    @Inject
    BatchMembership membership;

    @Inject
    Adjustments adjustments;

    @Transactional
    public ClaimBatchView discard(String batchId, String council, String by) {
        changes.lock(batchId, council, Set.of(ClaimBatchState.DRAFT, ClaimBatchState.APPROVED), "discarded");
        changes.send(new DiscardClaimBatch(batchId, by, changes.now()));
        membership.releaseAll(batchId);
        adjustments.release(batchId);
        changes.moveTo(batchId, ClaimBatchState.DISCARDED);
        return changes.afterChange(batchId);
    }
}
