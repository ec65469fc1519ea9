package uk.earlyhelp.contracts;

import java.time.LocalDate;
import java.util.List;

/** The family's plan was agreed: its goals, each for a headline problem (the goals' wording stays in casework). */
public record PlanAgreedV1(String familyId, String council, LocalDate agreedOn, List<Goal> goals)
        implements FamilyEvent {

    public PlanAgreedV1 {
        goals = List.copyOf(goals);
    }

    public record Goal(String goalId, HeadlineProblem problem) {}
}
