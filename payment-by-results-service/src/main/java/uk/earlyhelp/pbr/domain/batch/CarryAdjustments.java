package uk.earlyhelp.pbr.domain.batch;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put the council's pending adjustments on a draft (replacing any it had); refused unless a draft. */
public record CarryAdjustments(@TargetAggregateIdentifier String batchId, List<Adjustment> adjustments) {}
