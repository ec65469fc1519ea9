package uk.earlyhelp.casework.domain.caserecord;

import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.PersonalData;

/** One goal of a plan: for a headline problem, in the practitioner's words (which stay in casework). */
public record PlanGoal(
        String goalId,
        HeadlineProblem problem,
        @PersonalData String description) {}
