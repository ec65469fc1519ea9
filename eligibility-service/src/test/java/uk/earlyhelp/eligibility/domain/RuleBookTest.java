package uk.earlyhelp.eligibility.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.earlyhelp.contracts.HeadlineProblem;

class RuleBookTest {

    static final RuleVersion NATIONAL = RuleVersion.twoOfSix("sf-2022-04", LocalDate.of(2022, 4, 1));
    static final RuleVersion LOCAL_PLAN =
            new RuleVersion("local-2027-04", LocalDate.of(2027, 4, 1), 3, EnumSet.allOf(HeadlineProblem.class));
    static final RuleBook BOOK = new RuleBook(List.of(LOCAL_PLAN, NATIONAL));

    @ParameterizedTest(name = "on {0} the rule in force is {1}")
    @CsvSource({
        "2022-04-01, sf-2022-04",
        "2026-11-23, sf-2022-04",
        "2027-03-31, sf-2022-04",
        "2027-04-01, local-2027-04",
        "2031-01-01, local-2027-04"
    })
    void theLatestVersionEffectiveOnOrBeforeTheDayIsInForce(LocalDate day, String version) {
        assertEquals(version, BOOK.inForceOn(day).id());
    }

    @Test
    void noDecisionCanBeMadeBeforeTheFirstVersionTakesEffect() {
        assertThrows(IllegalStateException.class, () -> BOOK.inForceOn(LocalDate.of(2022, 3, 31)));
    }

    @Test
    void twoVersionsCannotTakeEffectOnTheSameDay() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new RuleBook(List.of(NATIONAL, RuleVersion.twoOfSix("other", NATIONAL.effectiveFrom()))));
    }

    @Test
    void aVersionNeedsBetweenOneAndSixProblemsAndSomethingToCount() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new RuleVersion("none", LocalDate.of(2027, 1, 1), 0, EnumSet.allOf(HeadlineProblem.class)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RuleVersion("seven", LocalDate.of(2027, 1, 1), 7, EnumSet.allOf(HeadlineProblem.class)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RuleVersion("empty", LocalDate.of(2027, 1, 1), 2, EnumSet.noneOf(HeadlineProblem.class)));
    }
}
