package uk.earlyhelp.eligibility.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.HeadlineProblem;

class EligibilityRulesTest {

    record Version(LocalDate effectiveFrom, int problemsNeeded, Optional<Set<HeadlineProblem>> countedProblems)
            implements EligibilityRules.Version {}

    @Test
    void configuredVersionsMakeTheRuleBookAndAVersionWithoutProblemsCountsAllSix() {
        Map<String, EligibilityRules.Version> versions = new LinkedHashMap<>();
        versions.put(
                "local-2027-04", new Version(LocalDate.of(2027, 4, 1), 3, Optional.of(Set.of(HeadlineProblem.HEALTH))));
        versions.put("sf-2022-04", new Version(LocalDate.of(2022, 4, 1), 2, Optional.empty()));
        EligibilityRules rules = () -> versions;

        var book = rules.ruleBook();

        var national = book.inForceOn(LocalDate.of(2027, 3, 31));
        assertEquals("sf-2022-04", national.id());
        assertEquals(EnumSet.allOf(HeadlineProblem.class), national.countedProblems());
        var local = book.inForceOn(LocalDate.of(2027, 4, 1));
        assertEquals("local-2027-04", local.id());
        assertEquals(3, local.problemsNeeded());
        assertEquals(Set.of(HeadlineProblem.HEALTH), local.countedProblems());
    }
}
