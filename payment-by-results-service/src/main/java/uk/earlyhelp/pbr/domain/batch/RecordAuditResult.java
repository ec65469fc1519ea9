package uk.earlyhelp.pbr.domain.batch;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the spot check of a family in the draft's audit sample; a {@code FAIL} takes the family out. */
public record RecordAuditResult(
        @TargetAggregateIdentifier String batchId,
        String familyId,
        AuditResult result,
        String note,
        String recordedBy,
        Instant recordedAt) {}
