package uk.earlyhelp.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** A claim batch was submitted to the ministry; from now on it never changes. Keyed by the batch. */
public record ClaimBatchSubmittedV1(
        String batchId, String council, LocalDate windowEnd, int families, long totalPence, Instant submittedAt)
        implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return batchId;
    }
}
