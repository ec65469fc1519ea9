package uk.earlyhelp.pbr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchRefused;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchState;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyAlreadyClaimed;
import uk.earlyhelp.pbr.projection.ClaimBatchView;
import uk.earlyhelp.platform.api.ProblemException;

/**
 * What building, approving and submitting a batch share. Each is one transaction: the batch's events, its
 * families' rows in {@code claim_batch_family} (whose key keeps a family out of two batches) and, on
 * submission, each family's one claim commit together or not at all.
 */
@ApplicationScoped
public class ClaimBatchChanges {

    /**
     * A batch change is one transaction over all its families: for a national batch (400,000 families) that
     * takes minutes, beyond the 60 s default.
     */
    static final int TRANSACTION_SECONDS = 900;

    @Inject
    CommandGateway commands;

    @Inject
    BatchMembership membership;

    @Inject
    ClaimBatchReading reading;

    @Inject
    Clock clock;

    Instant now() {
        return clock.instant();
    }

    /**
     * The caller's council's batch, locked until the transaction ends so that changes to it happen one at a
     * time; a 409 unless it is {@code needed}.
     */
    ClaimBatchView lock(String batchId, String council, ClaimBatchState needed, String change) {
        ClaimBatchState state =
                membership.lock(batchId).orElseThrow(() -> ProblemException.notFound("No claim batch " + batchId));
        ClaimBatchView batch = reading.visible(batchId, council);
        if (state != needed) {
            throw ProblemException.conflict(
                    "Batch " + batchId + " is " + state + ": only a " + needed + " batch can be " + change + ".");
        }
        return batch;
    }

    /** Sends a command; a refusal by a batch or a family's claim record is a 409. */
    void send(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ClaimBatchRefused || cause instanceof FamilyAlreadyClaimed) {
                    throw ProblemException.conflict(cause.getMessage());
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            throw e;
        }
    }

    /** The batch's new state in {@code claim_batch}, which the next change's lock reads. */
    void moveTo(String batchId, ClaimBatchState state) {
        membership.moveTo(batchId, state);
    }

    ClaimBatchView afterChange(String batchId) {
        return reading.afterChange(batchId);
    }
}
