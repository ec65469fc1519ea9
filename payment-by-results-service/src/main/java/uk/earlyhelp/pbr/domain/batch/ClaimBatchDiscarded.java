package uk.earlyhelp.pbr.domain.batch;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ClaimBatchDiscarded(String batchId, String discardedBy, Instant discardedAt) {}
