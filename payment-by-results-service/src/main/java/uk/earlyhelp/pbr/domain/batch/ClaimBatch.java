package uk.earlyhelp.pbr.domain.batch;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
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
                command.draftedAt()));
    }

    @CommandHandler
    void handle(RebuildClaimBatch command) {
        require(ClaimBatchState.DRAFT, "rebuilt");
        apply(new ClaimBatchRebuilt(
                batchId,
                command.entries(),
                sample(command.entries(), auditSeed, auditPercent),
                command.rebuiltBy(),
                command.rebuiltAt()));
    }

    @CommandHandler
    void handle(ApproveClaimBatch command) {
        require(ClaimBatchState.DRAFT, "approved");
        apply(new ClaimBatchApproved(batchId, command.approvedBy(), command.approvedAt()));
    }

    @CommandHandler
    void handle(SubmitClaimBatch command) {
        require(ClaimBatchState.APPROVED, "submitted");
        apply(new ClaimBatchSubmitted(
                batchId,
                council,
                windowEnd,
                entries.size(),
                entries.stream().mapToLong(BatchEntry::amountPence).sum(),
                command.submittedBy(),
                command.submittedAt()));
    }

    private void require(ClaimBatchState needed, String change) {
        if (state != needed) {
            throw new ClaimBatchRefused(
                    "Batch " + batchId + " is " + state + ": only a " + needed + " batch can be " + change + ".");
        }
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
        state = ClaimBatchState.DRAFT;
    }

    @EventSourcingHandler
    void on(ClaimBatchRebuilt event) {
        entries = event.entries();
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
