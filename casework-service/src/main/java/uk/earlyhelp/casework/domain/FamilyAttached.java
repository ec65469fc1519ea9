package uk.earlyhelp.casework.domain;

import java.time.LocalDate;
import java.util.List;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

public record FamilyAttached(
        String familyId,
        String council,
        LocalDate attachedOn,
        String leadPractitioner,
        List<HeadlineProblem> problemsAtAttachment,
        String eligibilityDecisionId,
        Decision decisionAtAttachment,
        String actor) {}
