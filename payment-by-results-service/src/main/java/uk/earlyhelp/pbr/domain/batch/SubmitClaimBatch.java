package uk.earlyhelp.pbr.domain.batch;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Submit an approved batch to the ministry; refused unless the batch is approved. */
public record SubmitClaimBatch(@TargetAggregateIdentifier String batchId, String submittedBy, Instant submittedAt) {}
