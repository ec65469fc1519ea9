package uk.earlyhelp.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * A family was attached to the programme. Its problems at attachment are frozen from the eligibility
 * decision in force, which every result claim is measured against.
 */
public record FamilyAttachedV1(
        String familyId,
        String council,
        LocalDate attachedOn,
        String leadPractitioner,
        List<HeadlineProblem> problemsAtAttachment,
        String eligibilityDecisionId,
        Decision decisionAtAttachment)
        implements FamilyEvent {

    public FamilyAttachedV1 {
        problemsAtAttachment = List.copyOf(problemsAtAttachment);
    }
}
