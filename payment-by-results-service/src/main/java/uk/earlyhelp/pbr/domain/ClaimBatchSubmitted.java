package uk.earlyhelp.pbr.domain;

import java.time.Instant;
import java.time.LocalDate;

/** The batch went to the ministry; from now on it never changes. */
public record ClaimBatchSubmitted(
        String batchId,
        String council,
        LocalDate windowEnd,
        int families,
        long totalPence,
        String submittedBy,
        Instant submittedAt) {}
