package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.PersonalData;

@Revision("1")
public record OutcomeRetracted(
        String familyId,
        String council,
        String outcomeId,
        HeadlineProblem problem,
        @PersonalData String reason,
        LocalDate retractedOn,
        String actor) {}
