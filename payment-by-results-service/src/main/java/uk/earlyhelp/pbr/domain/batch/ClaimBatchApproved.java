package uk.earlyhelp.pbr.domain.batch;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ClaimBatchApproved(String batchId, String approvedBy, Instant approvedAt) {}
