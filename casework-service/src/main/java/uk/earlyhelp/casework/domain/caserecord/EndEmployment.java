package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an employment spell ended. */
public record EndEmployment(
        @TargetAggregateIdentifier String familyId, String employmentId, LocalDate endedOn, String actor) {}
