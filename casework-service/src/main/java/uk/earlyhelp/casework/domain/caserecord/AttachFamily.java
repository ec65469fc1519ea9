package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attach the family to the programme; its problems are frozen from the latest (eligible) decision. */
public record AttachFamily(
        @TargetAggregateIdentifier String familyId, LocalDate attachedOn, String leadPractitioner, String actor) {}
