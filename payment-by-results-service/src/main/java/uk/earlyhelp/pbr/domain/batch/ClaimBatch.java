package uk.earlyhelp.pbr.domain.batch;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A claim to the ministry for a window: {@code DRAFT} (rebuildable) → {@code APPROVED} → {@code SUBMITTED}
 * (immutable forever). Its audit sample is drawn from its families with a seed fixed when it was drafted.
 */
public class ClaimBatch {

    @AggregateIdentifier
    private String batchId;

    private String council;
    private java.time.LocalDate windowEnd;
    private ClaimBatchState state;
    private long auditSeed;
    private int auditPercent;
    private List<BatchEntry> entries = List.of();
    private String draftedBy;
    private List<String> auditSample = List.of();
    private final Map<String, AuditResult> auditResults = new HashMap<>();
    private List<Adjustment> adjustments = List.of();

    protected ClaimBatch() {
        // For Axon.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(DraftClaimBatch command) {
        apply(new ClaimBatchDrafted(
                command.batchId(),
                command.council(),
                command.windowEnd(),
                command.entries(),
                command.auditSeed(),
                command.auditPercent(),
                sample(command.entries(), command.auditSeed(), command.auditPercent()),
                command.draftedBy(),
                command.draftedAt(),
                command.overCap()));
    }

    @CommandHandler
    void handle(RebuildClaimBatch command) {
        require(ClaimBatchState.DRAFT, "rebuilt");
        apply(new ClaimBatchRebuilt(
                batchId,
                command.entries(),
                sample(command.entries(), auditSeed, auditPercent),
                command.rebuiltBy(),
                command.rebuiltAt(),
                command.overCap()));
    }

    @CommandHandler
    void handle(RecordAuditResult command) {
        require(ClaimBatchState.DRAFT, "audited");
        if (!auditSample.contains(command.familyId())) {
            throw new ClaimBatchRefused(
                    ClaimBatchRefused.Kind.UNPROCESSABLE,
                    "familyId",
                    "Family " + command.familyId() + " is not in this batch's audit sample " + auditSample
                            + ": record results for the sampled families only.");
        }
        boolean failed = command.result() == AuditResult.FAIL;
        if (failed && (command.note() == null || command.note().isBlank())) {
            throw new ClaimBatchRefused(
                    ClaimBatchRefused.Kind.UNPROCESSABLE,
                    "note",
                    "A failed spot check needs a note saying what was wrong, for the family's record.");
        }
        List<String> sampleAfter = failed ? sample(without(command.familyId()), auditSeed, auditPercent) : auditSample;
        apply(new AuditResultRecorded(
                batchId,
                command.familyId(),
                command.result(),
                command.note(),
                sampleAfter,
                command.recordedBy(),
                command.recordedAt()));
    }

    /**
     * Two people sign a claim off: the officer who drafted the batch cannot approve it, and every family in the
     * audit sample has a recorded spot check first.
     */
    @CommandHandler
    void handle(ApproveClaimBatch command) {
        require(ClaimBatchState.DRAFT, "approved");
        if (command.approvedBy().equals(draftedBy)) {
            throw new ClaimBatchRefused(
                    ClaimBatchRefused.Kind.FORBIDDEN,
                    null,
                    "You drafted batch " + batchId + ", so another finance officer must approve it.");
        }
        List<String> unaudited = auditSample.stream()
                .filter(familyId -> !auditResults.containsKey(familyId))
                .toList();
        if (!unaudited.isEmpty()) {
            throw new ClaimBatchRefused("Batch " + batchId + " has sampled families without a spot check " + unaudited
                    + ": record a PASS or FAIL for each (POST .../audit-results) before approving.");
        }
        apply(new ClaimBatchApproved(batchId, command.approvedBy(), command.approvedAt()));
    }

    /** A family whose proof was withdrawn leaves a draft or approved batch; one not in it is no change. */
    @CommandHandler
    void handle(RemoveFamilyFromBatch command) {
        if (state != ClaimBatchState.DRAFT && state != ClaimBatchState.APPROVED) {
            throw new ClaimBatchRefused(
                    "Batch " + batchId + " is " + state + ": a family leaves only a DRAFT or APPROVED batch.");
        }
        if (entries.stream().noneMatch(entry -> entry.familyId().equals(command.familyId()))) {
            return;
        }
        apply(new FamilyRemovedFromBatch(
                batchId,
                command.familyId(),
                command.reason(),
                auditSample.contains(command.familyId())
                        ? sample(without(command.familyId()), auditSeed, auditPercent)
                        : auditSample,
                command.removedAt()));
    }

    @CommandHandler
    void handle(CarryAdjustments command) {
        require(ClaimBatchState.DRAFT, "given adjustments");
        apply(new AdjustmentsCarried(batchId, command.adjustments()));
    }

    @CommandHandler
    void handle(DiscardClaimBatch command) {
        if (state != ClaimBatchState.DRAFT && state != ClaimBatchState.APPROVED) {
            throw new ClaimBatchRefused("Batch " + batchId + " is " + state
                    + ": only a DRAFT or APPROVED batch can be discarded; a submitted claim stands.");
        }
        apply(new ClaimBatchDiscarded(batchId, command.discardedBy(), command.discardedAt()));
    }

    @CommandHandler
    void handle(SubmitClaimBatch command) {
        require(ClaimBatchState.APPROVED, "submitted");
        apply(new ClaimBatchSubmitted(
                batchId,
                council,
                windowEnd,
                entries.size(),
                entries.stream().mapToLong(BatchEntry::amountPence).sum()
                        + adjustments.stream()
                                .mapToLong(Adjustment::amountPence)
                                .sum(),
                command.submittedBy(),
                command.submittedAt()));
    }

    private void require(ClaimBatchState needed, String change) {
        if (state != needed) {
            throw new ClaimBatchRefused(
                    "Batch " + batchId + " is " + state + ": only a " + needed + " batch can be " + change + ".");
        }
    }

    private List<BatchEntry> without(String familyId) {
        return entries.stream()
                .filter(entry -> !entry.familyId().equals(familyId))
                .toList();
    }

    private static List<String> sample(List<BatchEntry> entries, long seed, int percent) {
        return AuditSample.select(entries.stream().map(BatchEntry::familyId).toList(), seed, percent);
    }

    @EventSourcingHandler
    void on(ClaimBatchDrafted event) {
        batchId = event.batchId();
        council = event.council();
        windowEnd = event.windowEnd();
        auditSeed = event.auditSeed();
        auditPercent = event.auditPercent();
        entries = event.entries();
        draftedBy = event.draftedBy();
        auditSample = event.auditSample();
        state = ClaimBatchState.DRAFT;
    }

    @EventSourcingHandler
    void on(ClaimBatchRebuilt event) {
        entries = event.entries();
        auditSample = event.auditSample();
    }

    @EventSourcingHandler
    void on(AuditResultRecorded event) {
        auditResults.put(event.familyId(), event.result());
        if (event.result() == AuditResult.FAIL) {
            entries = without(event.familyId());
        }
        auditSample = event.auditSample();
    }

    @EventSourcingHandler
    void on(FamilyRemovedFromBatch event) {
        entries = without(event.familyId());
        auditSample = event.auditSample();
    }

    @EventSourcingHandler
    void on(AdjustmentsCarried event) {
        adjustments = event.adjustments();
    }

    @EventSourcingHandler
    void on(ClaimBatchDiscarded event) {
        state = ClaimBatchState.DISCARDED;
    }

    @EventSourcingHandler
    void on(ClaimBatchApproved event) {
        state = ClaimBatchState.APPROVED;
    }

    @EventSourcingHandler
    void on(ClaimBatchSubmitted event) {
        state = ClaimBatchState.SUBMITTED;
    }
}
