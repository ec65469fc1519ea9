package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw an outcome recorded by mistake, with the reason; {@code today} (England) dates it. */
public record RetractOutcome(
        @TargetAggregateIdentifier String familyId, String outcomeId, String reason, LocalDate today, String actor) {}
