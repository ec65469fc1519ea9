package uk.earlyhelp.pbr.domain.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ClaimBatchDrafted(
        String batchId,
        String council,
        LocalDate windowEnd,
        List<BatchEntry> entries,
        long auditSeed,
        int auditPercent,
        List<String> auditSample,
        String draftedBy,
        Instant draftedAt,
        int overCap) {}
