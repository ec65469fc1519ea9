package uk.earlyhelp.pbr.domain.batch;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Discard a draft or approved batch, releasing its families; a submitted batch is never discarded. */
public record DiscardClaimBatch(@TargetAggregateIdentifier String batchId, String discardedBy, Instant discardedAt) {}
