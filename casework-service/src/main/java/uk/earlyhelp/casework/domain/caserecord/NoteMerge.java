package uk.earlyhelp.casework.domain.caserecord;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put a merge at the front door on the case of either family: {@code mergedFamilyId} is {@code intoFamilyId} now. */
public record NoteMerge(
        @TargetAggregateIdentifier String familyId,
        String council,
        String mergedFamilyId,
        String intoFamilyId,
        Instant mergedAt) {}
