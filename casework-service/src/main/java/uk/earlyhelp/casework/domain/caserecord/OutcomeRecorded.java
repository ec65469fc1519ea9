package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.PersonalData;

@Revision("1")
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
