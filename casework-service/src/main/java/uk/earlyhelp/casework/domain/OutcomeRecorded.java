package uk.earlyhelp.casework.domain;

import java.time.LocalDate;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.PersonalData;

public record OutcomeRecorded(
        String familyId,
        String council,
        String outcomeId,
        HeadlineProblem problem,
        boolean additional,
        LocalDate sustainedFrom,
        LocalDate sustainedTo,
        @PersonalData String evidence,
        LocalDate recordedOn,
        String actor) {}
