package uk.earlyhelp.pbr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchRefused;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchState;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyAlreadyClaimed;
import uk.earlyhelp.pbr.projection.ClaimBatchView;
import uk.earlyhelp.pbr.projection.FamilyMerges;
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
    FamilyMerges merges;

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
        return lock(batchId, council, Set.of(needed), change);
    }

    /** As {@link #lock(String, String, ClaimBatchState, String)}, for a change more than one state allows. */
    ClaimBatchView lock(String batchId, String council, Set<ClaimBatchState> allowed, String change) {
        ClaimBatchState state =
                membership.lock(batchId).orElseThrow(() -> ProblemException.notFound("No claim batch " + batchId));
        ClaimBatchView batch = reading.visible(batchId, council);
        if (!allowed.contains(state)) {
            throw ProblemException.conflict("Batch " + batchId + " is " + state + ": only a "
                    + allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(" or "))
                    + " batch can be " + change + ".");
        }
        return batch;
    }

    /**
     * Refuses (409) a batch holding a family that a merge noted since the batch was built bars from a claim: claiming
     * it would claim a merged pair twice. {@code whatToDo} tells the officer how to get a batch without it.
     */
    void refuseMergedPairs(String batchId, String whatToDo) {
        List<FamilyMerges.Barred> barred = merges.barredIn(batchId);
        if (!barred.isEmpty()) {
            throw ProblemException.conflict("Batch " + batchId + " holds families that merges since it was built bar"
                    + " from a claim ("
                    + barred.stream()
                            .map(family -> family.familyId() + ": " + family.reason())
                            .collect(Collectors.joining("; "))
                    + "): " + whatToDo);
        }
    }

    /**
     * Sends a command; a refusal by a batch is a 409, 422 or 403 as the batch says, a second claim on a family a
     * 409.
     */
    void send(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ClaimBatchRefused refused) {
                    throw switch (refused.kind()) {
                        case CONFLICT -> ProblemException.conflict(refused.getMessage());
                        case UNPROCESSABLE -> ProblemException.unprocessable(refused.field(), refused.getMessage());
                        case FORBIDDEN -> ProblemException.forbidden(refused.getMessage());
                    };
                }
                if (cause instanceof FamilyAlreadyClaimed) {
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
