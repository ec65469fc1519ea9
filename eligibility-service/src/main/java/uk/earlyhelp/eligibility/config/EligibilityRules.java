package uk.earlyhelp.eligibility.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.eligibility.domain.RuleBook;
import uk.earlyhelp.eligibility.domain.RuleVersion;

/**
 * The eligibility rule's versions, from configuration: a council changes its outcome plan by adding a
 * version with a later effective date, never by editing code or an earlier version. For example:
 *
 * <pre>
 * earlyhelp.eligibility.rule-versions.sf-2022-04.effective-from=2022-04-01
 * earlyhelp.eligibility.rule-versions.sf-2022-04.problems-needed=2
 * earlyhelp.eligibility.rule-versions.sf-2022-04.counted-problems=CRIME_ASB,SCHOOL_ATTENDANCE,...
 * </pre>
 */
@ConfigMapping(prefix = "earlyhelp.eligibility")
public interface EligibilityRules {

    Map<String, Version> ruleVersions();

    interface Version {
        LocalDate effectiveFrom();

        @WithDefault("2")
        int problemsNeeded();

        /** All six when not given. */
        Optional<Set<HeadlineProblem>> countedProblems();
    }

    default RuleBook ruleBook() {
        return new RuleBook(ruleVersions().entrySet().stream()
                .map(entry -> new RuleVersion(
                        entry.getKey(),
                        entry.getValue().effectiveFrom(),
                        entry.getValue().problemsNeeded(),
                        entry.getValue().countedProblems().orElse(EnumSet.allOf(HeadlineProblem.class))))
                .toList());
    }
}
