package uk.earlyhelp.pbr.domain.claimrecord;

import java.time.LocalDate;
import uk.earlyhelp.contracts.HeadlineProblem;

/** An outcome-plan measure met for a problem, sustained from one date to another, recorded on a date. */
public record Outcome(
        String outcomeId,
        HeadlineProblem problem,
        LocalDate sustainedFrom,
        LocalDate sustainedTo,
        LocalDate recordedOn) {}
