package uk.earlyhelp.pbr.domain.batch;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A family left a draft or approved batch (its proof was withdrawn); {@code auditSample} as drawn again. */
@Revision("1")
public record FamilyRemovedFromBatch(
        String batchId, String familyId, String reason, List<String> auditSample, Instant removedAt) {}
