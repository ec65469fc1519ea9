package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.earlyhelp.contracts.ClosureReason;

/** Close the case; {@code today} (England) bounds the date. */
public record CloseCase(
        @TargetAggregateIdentifier String familyId,
        LocalDate closedOn,
        ClosureReason reason,
        LocalDate today,
        String actor) {}
