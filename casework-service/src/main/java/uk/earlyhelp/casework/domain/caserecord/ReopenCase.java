package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopen a closed case. */
public record ReopenCase(@TargetAggregateIdentifier String familyId, LocalDate reopenedOn, String actor) {}
