package uk.earlyhelp.pbr.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.earlyhelp.pbr.domain.batch.BatchEntry;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchApproved;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchDrafted;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchRebuilt;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchState;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchSubmitted;

/**
 * Reads a batch straight from its events in the event store: always exactly what was stored, with no
 * projection lag between a change and its export.
 */
@ApplicationScoped
public class ClaimBatches {

    @Inject
    EventStore eventStore;

    public Optional<ClaimBatchView> find(String batchId) {
        List<Object> events = eventStore
                .readEvents(batchId)
                .asStream()
                .map(DomainEventMessage::getPayload)
                .map(Object.class::cast)
                .toList();
        if (events.isEmpty() || !(events.getFirst() instanceof ClaimBatchDrafted drafted)) {
            return Optional.empty();
        }
        List<BatchEntry> entries = drafted.entries();
        List<String> sample = drafted.auditSample();
        ClaimBatchState state = ClaimBatchState.DRAFT;
        Instant approvedAt = null;
        Instant submittedAt = null;
        for (Object event : events) {
            switch (event) {
                case ClaimBatchRebuilt rebuilt -> {
                    entries = rebuilt.entries();
                    sample = rebuilt.auditSample();
                }
                case ClaimBatchApproved approved -> {
                    state = ClaimBatchState.APPROVED;
                    approvedAt = approved.approvedAt();
                }
                case ClaimBatchSubmitted submitted -> {
                    state = ClaimBatchState.SUBMITTED;
                    submittedAt = submitted.submittedAt();
                }
                default -> {
                    // The draft itself.
                }
            }
        }
        Set<String> audited = Set.copyOf(sample);
        return Optional.of(new ClaimBatchView(
                batchId,
                drafted.council(),
                drafted.windowEnd(),
                state,
                entries.size(),
                entries.stream().mapToLong(BatchEntry::amountPence).sum(),
                drafted.auditSeed(),
                drafted.auditPercent(),
                sample,
                entries.stream()
                        .map(entry -> new ClaimBatchView.Family(
                                entry.familyId(),
                                entry.attachedOn(),
                                entry.problemsAtAttachment(),
                                entry.route(),
                                entry.qualifiedOn(),
                                entry.proof(),
                                entry.amountPence(),
                                audited.contains(entry.familyId())))
                        .toList(),
                drafted.draftedAt(),
                approvedAt,
                submittedAt));
    }
}
