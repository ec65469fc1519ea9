package uk.earlyhelp.pbr.domain;

import java.time.Instant;
import java.util.List;

public record ClaimBatchRebuilt(
        String batchId, List<BatchEntry> entries, List<String> auditSample, String rebuiltBy, Instant rebuiltAt) {}
