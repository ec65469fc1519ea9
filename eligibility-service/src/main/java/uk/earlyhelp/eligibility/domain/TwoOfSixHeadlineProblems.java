package uk.earlyhelp.eligibility.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

/**
 * The Supporting Families eligibility rule: a family is eligible when enough distinct headline problems
 * are evidenced (two of the six, unless the version in force says otherwise); a safeguarding concern
 * escalates to social care whatever the count.
 */
public final class TwoOfSixHeadlineProblems {

    private TwoOfSixHeadlineProblems() {}

    public record Ruling(
            Decision decision, Set<HeadlineProblem> problemsCounted, int problemsStillNeeded, String reason) {}

    public static Ruling decide(RuleVersion rule, Set<HeadlineProblem> evidenced, boolean safeguardingConcern) {
        Set<HeadlineProblem> counted = EnumSet.noneOf(HeadlineProblem.class);
        evidenced.stream().filter(rule.countedProblems()::contains).forEach(counted::add);
        int stillNeeded = Math.max(0, rule.problemsNeeded() - counted.size());
        if (safeguardingConcern) {
            return new Ruling(
                    Decision.ESCALATE_TO_SOCIAL_CARE,
                    counted,
                    stillNeeded,
                    "A safeguarding concern was raised: this is above the Early Help threshold and goes to social care"
                            + " today.");
        }
        if (stillNeeded == 0) {
            return new Ruling(
                    Decision.ELIGIBLE,
                    counted,
                    0,
                    "Eligible: " + describe(counted) + " evidenced; at least " + rule.problemsNeeded()
                            + " are needed.");
        }
        return new Ruling(
                Decision.NOT_ELIGIBLE,
                counted,
                stillNeeded,
                "Not eligible: " + describe(counted) + " evidenced; " + stillNeeded + " more "
                        + (stillNeeded == 1 ? "is" : "are") + " needed.");
    }

    private static String describe(Set<HeadlineProblem> problems) {
        if (problems.isEmpty()) {
            return "no headline problem";
        }
        String names = problems.stream().map(Enum::name).collect(Collectors.joining(", "));
        return problems.size() + (problems.size() == 1 ? " headline problem (" : " headline problems (") + names + ")";
    }
}
