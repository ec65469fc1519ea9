package uk.earlyhelp.pbr.application;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.earlyhelp.pbr.domain.batch.ApproveClaimBatch;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchState;
import uk.earlyhelp.pbr.domain.rules.ClaimRuleBook;
import uk.earlyhelp.pbr.domain.rules.Claimability;
import uk.earlyhelp.pbr.projection.ClaimBatchView;
import uk.earlyhelp.pbr.projection.ClaimRecords;
import uk.earlyhelp.platform.api.ProblemException;

/**
 * A finance officer approves a draft for submission: DRAFT → APPROVED, so it can no longer be rebuilt. Every family
 * in it is judged again on its claim record as it stands now: one no longer claimable by the window end (an outcome
 * retracted since), or one a merge since bars from a claim (a merged pair is claimed at most once), refuses the
 * approval until the draft is rebuilt.
 */
@ApplicationScoped
public class ClaimBatchApproval {

    @Inject
    ClaimBatchChanges changes;

    @Inject
    ClaimRecords records;

    @Inject
    ClaimRuleBook claimRules;

    @Transactional
    @TransactionConfiguration(timeout = ClaimBatchChanges.TRANSACTION_SECONDS)
    public ClaimBatchView approve(String batchId, String council, String by) {
        ClaimBatchView batch = changes.lock(batchId, council, ClaimBatchState.DRAFT, "approved");
        List<String> noLongerClaimable = batch.entries().stream()
                .map(ClaimBatchView.Family::familyId)
                .filter(familyId -> !Claimability.assess(records.facts(familyId), claimRules, batch.windowEnd())
                        .claimable())
                .toList();
        if (!noLongerClaimable.isEmpty()) {
            throw ProblemException.conflict("Families " + noLongerClaimable + " are no longer claimable by "
                    + batch.windowEnd() + ": rebuild the draft (POST .../rebuild), then approve it.");
        }
        changes.refuseMergedPairs(batchId, "rebuild the draft (POST .../rebuild), then approve it.");
        changes.send(new ApproveClaimBatch(batchId, by, changes.now()));
        changes.moveTo(batchId, ClaimBatchState.APPROVED);
        return changes.afterChange(batchId);
    }
}
