package uk.earlyhelp.pbr.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import uk.earlyhelp.pbr.domain.batch.Adjustment;
import uk.earlyhelp.pbr.domain.batch.AdjustmentsCarried;
import uk.earlyhelp.pbr.domain.batch.AuditResult;
import uk.earlyhelp.pbr.domain.batch.AuditResultRecorded;
import uk.earlyhelp.pbr.domain.batch.BatchEntry;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchApproved;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchDiscarded;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchDrafted;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchRebuilt;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchState;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchSubmitted;
import uk.earlyhelp.pbr.domain.batch.FamilyRemovedFromBatch;

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
        int overCap = drafted.overCap();
        ClaimBatchState state = ClaimBatchState.DRAFT;
        Instant approvedAt = null;
        Instant submittedAt = null;
        Instant discardedAt = null;
        Map<String, ClaimBatchView.Audit> audits = new LinkedHashMap<>();
        List<Adjustment> adjustments = List.of();
        List<ClaimBatchView.Removal> removed = new ArrayList<>();
        for (Object event : events) {
            switch (event) {
                case ClaimBatchRebuilt rebuilt -> {
                    entries = rebuilt.entries();
                    sample = rebuilt.auditSample();
                    overCap = rebuilt.overCap();
                }
                case AuditResultRecorded audit -> {
                    audits.put(
                            audit.familyId(),
                            new ClaimBatchView.Audit(
                                    audit.familyId(),
                                    audit.result(),
                                    audit.note(),
                                    audit.recordedBy(),
                                    audit.recordedAt()));
                    if (audit.result() == AuditResult.FAIL) {
                        entries = entries.stream()
                                .filter(entry -> !entry.familyId().equals(audit.familyId()))
                                .toList();
                    }
                    sample = audit.auditSample();
                }
                case FamilyRemovedFromBatch removal -> {
                    entries = entries.stream()
                            .filter(entry -> !entry.familyId().equals(removal.familyId()))
                            .toList();
                    sample = removal.auditSample();
                    removed.add(new ClaimBatchView.Removal(removal.familyId(), removal.reason(), removal.removedAt()));
                }
                case AdjustmentsCarried carried -> adjustments = carried.adjustments();
                case ClaimBatchDiscarded discarded -> {
                    state = ClaimBatchState.DISCARDED;
                    discardedAt = discarded.discardedAt();
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
                overCap,
                entries.stream().mapToLong(BatchEntry::amountPence).sum()
                        + adjustments.stream()
                                .mapToLong(Adjustment::amountPence)
                                .sum(),
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
                                entry.ruleVersion(),
                                audited.contains(entry.familyId()),
                                Optional.ofNullable(audits.get(entry.familyId()))
                                        .map(ClaimBatchView.Audit::result)
                                        .orElse(null)))
                        .toList(),
                List.copyOf(audits.values()),
                adjustments,
                List.copyOf(removed),
                drafted.draftedBy(),
                drafted.draftedAt(),
                approvedAt,
                submittedAt,
                discardedAt));
    }
}
