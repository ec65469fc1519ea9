package uk.earlyhelp.pbr.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record ClaimBatchDrafted(
        String batchId,
        String council,
        LocalDate windowEnd,
        List<BatchEntry> entries,
        long auditSeed,
        int auditPercent,
        List<String> auditSample,
        String draftedBy,
        Instant draftedAt) {}
