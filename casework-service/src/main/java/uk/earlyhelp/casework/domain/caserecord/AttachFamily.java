package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Attach the family to the programme on {@code attachedOn}; its problems are frozen from the decision in force that
 * day. {@code today} (England) bounds the date.
 */
public record AttachFamily(
        @TargetAggregateIdentifier String familyId,
        LocalDate attachedOn,
        String leadPractitioner,
        LocalDate today,
        String actor) {}
