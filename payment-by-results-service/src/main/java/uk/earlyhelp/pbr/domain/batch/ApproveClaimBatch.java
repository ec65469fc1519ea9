package uk.earlyhelp.pbr.domain.batch;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approve a draft for submission; refused unless the batch is a draft. */
public record ApproveClaimBatch(@TargetAggregateIdentifier String batchId, String approvedBy, Instant approvedAt) {}
