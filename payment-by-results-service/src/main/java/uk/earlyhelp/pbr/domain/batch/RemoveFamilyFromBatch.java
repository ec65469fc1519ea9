package uk.earlyhelp.pbr.domain.batch;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a family that no longer qualifies out of a draft or approved batch, saying why. */
public record RemoveFamilyFromBatch(
        @TargetAggregateIdentifier String batchId, String familyId, String reason, Instant removedAt) {}
