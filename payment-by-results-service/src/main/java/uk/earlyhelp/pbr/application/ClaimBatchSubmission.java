package uk.earlyhelp.pbr.application;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchState;
import uk.earlyhelp.pbr.domain.batch.SubmitClaimBatch;
import uk.earlyhelp.pbr.domain.claimrecord.ClaimFamily;
import uk.earlyhelp.pbr.projection.ClaimBatchView;
import uk.earlyhelp.platform.time.England;

/**
 * A finance officer submits an approved batch to the ministry: APPROVED → SUBMITTED, and each of its families
 * claimed on its claim record, which refuses a second claim ever. One family refusing rolls the whole
 * submission back; so does a family that two families' merge, noted since the batch was approved, bars from a claim
 * (each family's record knows only its own claims).
 */
@ApplicationScoped
public class ClaimBatchSubmission {

    @Inject
    ClaimBatchChanges changes;

    @Transactional
    @TransactionConfiguration(timeout = ClaimBatchChanges.TRANSACTION_SECONDS)
    public ClaimBatchView submit(String batchId, String council, String by) {
        ClaimBatchView batch = changes.lock(batchId, council, ClaimBatchState.APPROVED, "submitted");
        changes.refuseMergedPairs(
                batchId, "discard it (POST .../discard) and build a new one, which leaves those families out.");
        Instant now = changes.now();
        changes.send(new SubmitClaimBatch(batchId, by, now));
        for (ClaimBatchView.Family family : batch.entries()) {
            changes.send(new ClaimFamily(
                    family.familyId(), batchId, family.route(), family.amountPence(), England.dateOf(now)));
        }
        changes.moveTo(batchId, ClaimBatchState.SUBMITTED);
        return changes.afterChange(batchId);
    }
}
