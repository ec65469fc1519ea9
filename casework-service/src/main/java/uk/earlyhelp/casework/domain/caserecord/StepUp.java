package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Step the case up to children's social care. */
public record StepUp(@TargetAggregateIdentifier String familyId, LocalDate steppedUpOn, String actor) {}
