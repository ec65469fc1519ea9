package uk.earlyhelp.pbr.domain.claimrecord;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.earlyhelp.contracts.HeadlineProblem;

/** Keep an outcome casework recorded; one already kept (same id) is ignored. */
public record NoteOutcome(
        @TargetAggregateIdentifier String familyId,
        String council,
        String outcomeId,
        HeadlineProblem problem,
        LocalDate sustainedFrom,
        LocalDate sustainedTo,
        LocalDate recordedOn) {}
