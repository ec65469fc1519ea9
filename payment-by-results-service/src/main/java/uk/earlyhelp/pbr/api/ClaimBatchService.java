package uk.earlyhelp.pbr.api;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.earlyhelp.pbr.config.PaymentByResultsRules;
import uk.earlyhelp.pbr.domain.ApproveClaimBatch;
import uk.earlyhelp.pbr.domain.BatchEntry;
import uk.earlyhelp.pbr.domain.ClaimBatchRefused;
import uk.earlyhelp.pbr.domain.ClaimBatchState;
import uk.earlyhelp.pbr.domain.ClaimFamily;
import uk.earlyhelp.pbr.domain.ClaimRules;
import uk.earlyhelp.pbr.domain.Claimability;
import uk.earlyhelp.pbr.domain.DraftClaimBatch;
import uk.earlyhelp.pbr.domain.FamilyAlreadyClaimed;
import uk.earlyhelp.pbr.domain.RebuildClaimBatch;
import uk.earlyhelp.pbr.domain.SubmitClaimBatch;
import uk.earlyhelp.pbr.projection.BatchMembership;
import uk.earlyhelp.pbr.projection.ClaimBatchView;
import uk.earlyhelp.pbr.projection.ClaimBatches;
import uk.earlyhelp.pbr.projection.FamilyRecords;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.time.England;

/**
 * Builds, rebuilds, approves and submits claim batches. Each operation is one transaction: the batch's
 * events, its families' rows in {@code claim_batch_family} (whose key keeps a family out of two batches)
 * and, on submission, each family's one claim commit together or not at all.
 */
@ApplicationScoped
public class ClaimBatchService {

    private static final SecureRandom SEEDS = new SecureRandom();

    /**
     * A batch operation is one transaction over all its families: for a national batch (400,000 families) that
     * takes minutes, beyond the 60 s default.
     */
    static final int BATCH_TRANSACTION_SECONDS = 900;

    private final CommandGateway commands;
    private final FamilyRecords families;
    private final BatchMembership membership;
    private final ClaimBatches batches;
    private final ClaimRules claimRules;
    private final PaymentByResultsRules rules;
    private final Clock clock;

    ClaimBatchService(
            CommandGateway commands,
            FamilyRecords families,
            BatchMembership membership,
            ClaimBatches batches,
            ClaimRules claimRules,
            PaymentByResultsRules rules,
            Clock clock) {
        this.commands = commands;
        this.families = families;
        this.membership = membership;
        this.batches = batches;
        this.claimRules = claimRules;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    @TransactionConfiguration(timeout = BATCH_TRANSACTION_SECONDS)
    public ClaimBatchView build(String council, LocalDate windowEnd, String by) {
        Instant now = clock.instant();
        requireNotFuture(windowEnd, now);
        String batchId = UUID.randomUUID().toString();
        membership.open(batchId, council, windowEnd, now);
        List<BatchEntry> entries = reserveClaimable(batchId, council, windowEnd);
        commands.sendAndWait(new DraftClaimBatch(
                batchId, council, windowEnd, entries, SEEDS.nextLong(), rules.auditSamplePercent(), by, now));
        return find(batchId);
    }

    @Transactional
    @TransactionConfiguration(timeout = BATCH_TRANSACTION_SECONDS)
    public ClaimBatchView rebuild(String batchId, String council, String by) {
        ClaimBatchView batch = lock(batchId, council, ClaimBatchState.DRAFT, "rebuilt");
        membership.releaseAll(batchId);
        List<BatchEntry> entries = reserveClaimable(batchId, batch.council(), batch.windowEnd());
        send(new RebuildClaimBatch(batchId, entries, by, clock.instant()));
        return find(batchId);
    }

    @Transactional
    @TransactionConfiguration(timeout = BATCH_TRANSACTION_SECONDS)
    public ClaimBatchView approve(String batchId, String council, String by) {
        lock(batchId, council, ClaimBatchState.DRAFT, "approved");
        send(new ApproveClaimBatch(batchId, by, clock.instant()));
        membership.moveTo(batchId, ClaimBatchState.APPROVED);
        return find(batchId);
    }

    @Transactional
    @TransactionConfiguration(timeout = BATCH_TRANSACTION_SECONDS)
    public ClaimBatchView submit(String batchId, String council, String by) {
        ClaimBatchView batch = lock(batchId, council, ClaimBatchState.APPROVED, "submitted");
        Instant now = clock.instant();
        send(new SubmitClaimBatch(batchId, by, now));
        for (ClaimBatchView.Family family : batch.entries()) {
            send(new ClaimFamily(
                    family.familyId(), batchId, family.route(), family.amountPence(), England.dateOf(now)));
        }
        membership.moveTo(batchId, ClaimBatchState.SUBMITTED);
        return find(batchId);
    }

    /** A batch of the caller's council: 404 when there is none, 403 when it is another council's. */
    public ClaimBatchView visible(String batchId, String council) {
        ClaimBatchView batch =
                batches.find(batchId).orElseThrow(() -> ProblemException.notFound("No claim batch " + batchId));
        if (!batch.council().equals(council)) {
            throw ProblemException.forbidden("This claim batch belongs to another council.");
        }
        return batch;
    }

    private List<BatchEntry> reserveClaimable(String batchId, String council, LocalDate windowEnd) {
        List<BatchEntry> claimable = new ArrayList<>();
        families.forEachCandidate(council, windowEnd, facts -> {
            var assessment = Claimability.assess(facts, claimRules, windowEnd);
            if (assessment.claimable()) {
                claimable.add(BatchEntry.of(facts, assessment.proof(), rules.resultPaymentPence()));
            }
        });
        Set<String> reserved = membership.reserve(
                batchId, council, claimable.stream().map(BatchEntry::familyId).toList());
        return claimable.stream()
                .filter(entry -> reserved.contains(entry.familyId()))
                .toList();
    }

    private ClaimBatchView lock(String batchId, String council, ClaimBatchState needed, String change) {
        ClaimBatchState state =
                membership.lock(batchId).orElseThrow(() -> ProblemException.notFound("No claim batch " + batchId));
        ClaimBatchView batch = visible(batchId, council);
        if (state != needed) {
            throw ProblemException.conflict(
                    "Batch " + batchId + " is " + state + ": only a " + needed + " batch can be " + change + ".");
        }
        return batch;
    }

    private void send(Object command) {
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

    private static void requireNotFuture(LocalDate windowEnd, Instant now) {
        if (windowEnd.isAfter(England.dateOf(now))) {
            throw ProblemException.unprocessable(
                    "windowEnd", "A claim window cannot end after today: results cannot be proved in advance.");
        }
    }

    private ClaimBatchView find(String batchId) {
        return batches.find(batchId).orElseThrow(() -> new IllegalStateException("Batch " + batchId + " vanished"));
    }
}
