package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Step the case down from children's social care to Early Help. */
public record StepDown(@TargetAggregateIdentifier String familyId, LocalDate steppedDownOn, String actor) {}
