package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.earlyhelp.contracts.HeadlineProblem;

/**
 * Record an outcome for a problem, sustained from one date to another; {@code today} is the England date the request
 * came in.
 */
public record RecordOutcome(
        @TargetAggregateIdentifier String familyId,
        String outcomeId,
        HeadlineProblem problem,
        boolean additional,
        LocalDate sustainedFrom,
        LocalDate sustainedTo,
        String evidence,
        LocalDate today,
        String actor) {}
