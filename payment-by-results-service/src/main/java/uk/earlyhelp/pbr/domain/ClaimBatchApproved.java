package uk.earlyhelp.pbr.domain;

import java.time.Instant;

public record ClaimBatchApproved(String batchId, String approvedBy, Instant approvedAt) {}
