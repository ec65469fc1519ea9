package uk.earlyhelp.eligibility.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import uk.earlyhelp.contracts.HeadlineProblem;

/**
 * One version of a council's eligibility rule, in force from a date: how many distinct headline problems
 * make a family eligible, and which problems count. A decision keeps the version it was made under.
 */
public record RuleVersion(
        String id, LocalDate effectiveFrom, int problemsNeeded, Set<HeadlineProblem> countedProblems) {

    public RuleVersion {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A rule version needs an id");
        }
        if (problemsNeeded < 1 || problemsNeeded > HeadlineProblem.values().length) {
            throw new IllegalArgumentException(
                    "Rule " + id + ": problems needed must be 1 to 6, not " + problemsNeeded);
        }
        if (countedProblems.isEmpty()) {
            throw new IllegalArgumentException("Rule " + id + " counts no problem");
        }
        countedProblems = Set.copyOf(EnumSet.copyOf(countedProblems));
    }

    /** The national programme's rule: two of the six headline problems. */
    public static RuleVersion twoOfSix(String id, LocalDate effectiveFrom) {
        return new RuleVersion(id, effectiveFrom, 2, EnumSet.allOf(HeadlineProblem.class));
    }
}
