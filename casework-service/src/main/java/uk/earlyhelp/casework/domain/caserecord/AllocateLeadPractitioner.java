package uk.earlyhelp.casework.domain.caserecord;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Allocate (or change) the family's lead practitioner. */
public record AllocateLeadPractitioner(
        @TargetAggregateIdentifier String familyId, String leadPractitioner, String actor) {}
