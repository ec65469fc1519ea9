package uk.earlyhelp.pbr.domain.claimrecord;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Drop an outcome casework withdrew; one already dropped is ignored. */
public record NoteOutcomeRetraction(
        @TargetAggregateIdentifier String familyId, String council, String outcomeId, String reason) {}
