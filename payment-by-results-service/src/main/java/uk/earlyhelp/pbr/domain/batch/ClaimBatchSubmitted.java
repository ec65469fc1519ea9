package uk.earlyhelp.pbr.domain.batch;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The batch went to the ministry; from now on it never changes. */
@Revision("1")
public record ClaimBatchSubmitted(
        String batchId,
        String council,
        LocalDate windowEnd,
        int families,
        long totalPence,
        String submittedBy,
        Instant submittedAt) {}
