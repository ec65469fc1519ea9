package uk.earlyhelp.pbr.application;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.earlyhelp.pbr.domain.batch.ApproveClaimBatch;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchState;
import uk.earlyhelp.pbr.projection.ClaimBatchView;

/** A finance officer approves a draft for submission: DRAFT → APPROVED, so it can no longer be rebuilt. */
@ApplicationScoped
public class ClaimBatchApproval {

    @Inject
    ClaimBatchChanges changes;

    @Transactional
    @TransactionConfiguration(timeout = ClaimBatchChanges.TRANSACTION_SECONDS)
    public ClaimBatchView approve(String batchId, String council, String by) {
        changes.lock(batchId, council, ClaimBatchState.DRAFT, "approved");
        changes.send(new ApproveClaimBatch(batchId, by, changes.now()));
        changes.moveTo(batchId, ClaimBatchState.APPROVED);
        return changes.afterChange(batchId);
    }
}
