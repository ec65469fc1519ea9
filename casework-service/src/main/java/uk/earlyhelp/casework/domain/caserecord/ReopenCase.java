package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopen a closed case; {@code today} (England) bounds the date. */
public record ReopenCase(
        @TargetAggregateIdentifier String familyId, LocalDate reopenedOn, LocalDate today, String actor) {}
