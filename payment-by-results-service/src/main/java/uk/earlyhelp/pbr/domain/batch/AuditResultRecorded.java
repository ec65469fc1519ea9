package uk.earlyhelp.pbr.domain.batch;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A sampled family's spot check. After a {@code FAIL} the family has left the batch and {@code auditSample} is the
 * sample drawn again, with the batch's seed, from the families that remain.
 */
@Revision("1")
public record AuditResultRecorded(
        String batchId,
        String familyId,
        AuditResult result,
        String note,
        List<String> auditSample,
        String recordedBy,
        Instant recordedAt) {}
