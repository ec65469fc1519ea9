package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

@Revision("1")
public record FamilyAttached(
        String familyId,
        String council,
        LocalDate attachedOn,
        String leadPractitioner,
        List<HeadlineProblem> problemsAtAttachment,
        String eligibilityDecisionId,
        Decision decisionAtAttachment,
        String actor) {}
