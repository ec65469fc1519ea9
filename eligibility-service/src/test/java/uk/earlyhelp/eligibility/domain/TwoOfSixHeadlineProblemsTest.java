package uk.earlyhelp.eligibility.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.earlyhelp.contracts.HeadlineProblem.CRIME_ASB;
import static uk.earlyhelp.contracts.HeadlineProblem.DOMESTIC_ABUSE;
import static uk.earlyhelp.contracts.HeadlineProblem.HEALTH;
import static uk.earlyhelp.contracts.HeadlineProblem.SCHOOL_ATTENDANCE;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

class TwoOfSixHeadlineProblemsTest {

    static final RuleVersion NATIONAL = RuleVersion.twoOfSix("sf-2022-04", LocalDate.of(2022, 4, 1));

    /** All 64 combinations of the six problems, without a safeguarding concern. */
    static Stream<Set<HeadlineProblem>> everyCombinationOfProblems() {
        HeadlineProblem[] all = HeadlineProblem.values();
        return IntStream.range(0, 1 << all.length).mapToObj(mask -> {
            Set<HeadlineProblem> problems = EnumSet.noneOf(HeadlineProblem.class);
            for (int i = 0; i < all.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    problems.add(all[i]);
                }
            }
            return problems;
        });
    }

    @ParameterizedTest
    @MethodSource("everyCombinationOfProblems")
    void aFamilyIsEligibleExactlyWhenTwoOrMoreDistinctProblemsAreEvidenced(Set<HeadlineProblem> problems) {
        var ruling = TwoOfSixHeadlineProblems.decide(NATIONAL, problems, false);
        assertEquals(problems.size() >= 2 ? Decision.ELIGIBLE : Decision.NOT_ELIGIBLE, ruling.decision());
        assertEquals(Math.max(0, 2 - problems.size()), ruling.problemsStillNeeded());
        assertEquals(problems, ruling.problemsCounted());
    }

    @ParameterizedTest
    @MethodSource("everyCombinationOfProblems")
    void aSafeguardingConcernEscalatesWhateverTheCount(Set<HeadlineProblem> problems) {
        assertEquals(
                Decision.ESCALATE_TO_SOCIAL_CARE,
                TwoOfSixHeadlineProblems.decide(NATIONAL, problems, true).decision());
    }

    static Stream<Arguments> reasons() {
        return Stream.of(
                Arguments.of(Set.of(), "Not eligible: no headline problem evidenced; 2 more are needed."),
                Arguments.of(Set.of(HEALTH), "Not eligible: 1 headline problem (HEALTH) evidenced; 1 more is needed."),
                Arguments.of(
                        EnumSet.of(CRIME_ASB, SCHOOL_ATTENDANCE),
                        "Eligible: 2 headline problems (CRIME_ASB, SCHOOL_ATTENDANCE) evidenced; at least 2 are needed."),
                Arguments.of(
                        EnumSet.of(CRIME_ASB, DOMESTIC_ABUSE, HEALTH),
                        "Eligible: 3 headline problems (CRIME_ASB, DOMESTIC_ABUSE, HEALTH) evidenced; at least 2 are needed."));
    }

    @ParameterizedTest
    @MethodSource("reasons")
    void theReasonIsPlainEnglishADutyOfficerCanRead(Set<HeadlineProblem> problems, String reason) {
        assertEquals(
                reason,
                TwoOfSixHeadlineProblems.decide(NATIONAL, problems, false).reason());
    }

    @ParameterizedTest
    @MethodSource("everyCombinationOfProblems")
    void aLaterVersionCanNeedMoreProblemsAndCountFewer(Set<HeadlineProblem> problems) {
        var stricter =
                new RuleVersion("local-2027-04", LocalDate.of(2027, 4, 1), 3, EnumSet.complementOf(EnumSet.of(HEALTH)));
        Set<HeadlineProblem> counted = EnumSet.noneOf(HeadlineProblem.class);
        problems.stream().filter(p -> p != HEALTH).forEach(counted::add);

        var ruling = TwoOfSixHeadlineProblems.decide(stricter, problems, false);

        assertEquals(counted.size() >= 3 ? Decision.ELIGIBLE : Decision.NOT_ELIGIBLE, ruling.decision());
        assertEquals(counted, ruling.problemsCounted());
        assertEquals(Math.max(0, 3 - counted.size()), ruling.problemsStillNeeded());
    }
}
