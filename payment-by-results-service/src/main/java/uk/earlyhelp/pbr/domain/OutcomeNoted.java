package uk.earlyhelp.pbr.domain;

import java.time.LocalDate;
import uk.earlyhelp.contracts.HeadlineProblem;

/** An outcome for a problem, sustained from one date to another, was recorded by casework. */
public record OutcomeNoted(
        String familyId,
        String council,
        String outcomeId,
        HeadlineProblem problem,
        LocalDate sustainedFrom,
        LocalDate sustainedTo,
        LocalDate recordedOn) {}
