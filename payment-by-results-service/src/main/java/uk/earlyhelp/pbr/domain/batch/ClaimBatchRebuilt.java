package uk.earlyhelp.pbr.domain.batch;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ClaimBatchRebuilt(
        String batchId,
        List<BatchEntry> entries,
        List<String> auditSample,
        String rebuiltBy,
        Instant rebuiltAt,
        int overCap) {}
