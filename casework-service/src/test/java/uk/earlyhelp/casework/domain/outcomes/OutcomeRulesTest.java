package uk.earlyhelp.casework.domain.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.earlyhelp.casework.domain.familystar.Band;

/** The outcomes dashboard's definitions (docs/domain.md, "Outcomes dashboard"), a rule per table. */
class OutcomeRulesTest {

    @ParameterizedTest(name = "{0} assessment(s): measured {1}")
    @CsvSource({"0, false", "1, false", "2, true", "5, true"})
    void aFamilyIsMeasuredWithAtLeastTwoAssessments(int assessments, boolean measured) {
        assertEquals(measured, OutcomeRules.measured(assessments));
    }

    @ParameterizedTest(name = "first {0}, latest {1}: progressed {2}")
    @CsvSource({
        "1, 2, false", // both stuck: a higher reading in the same stage is not progress
        "2, 3, true", // stuck to accepting help
        "3, 6, true",
        "5, 6, false",
        "6, 7, true",
        "8, 9, true",
        "9, 10, false",
        "4, 4, false",
        "7, 4, false", // regressed
        "10, 1, false",
        "1, 10, true"
    })
    void aDomainProgressedWhenTheLatestStageIsHigherThanTheFirst(int first, int latest, boolean progressed) {
        assertEquals(progressed, OutcomeRules.progressed(first, latest));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "1 1 1 1 1 1 1 1 1 1, LOWER",
        "4 5 4 5 4 5 4 5 4 5, LOWER", // mean 4.5
        "5 5 5 5 5 5 5 5 5 4, LOWER", // mean 4.9
        "5 5 5 5 5 5 5 5 5 5, MIDDLE", // mean exactly 5
        "7 7 7 7 7 7 7 7 7 6, MIDDLE", // mean 6.9
        "7 7 7 7 7 7 7 7 7 7, HIGHER", // mean exactly 7
        "10 10 10 10 10 10 10 10 10 10, HIGHER",
        "1 10 1 10 1 10 1 10 1 10, MIDDLE", // mean 5.5
        "3 6, LOWER", // fewer than ten readings: the mean of those there are, 4.5
        "4 9, MIDDLE"
    })
    void aFamilysBandIsTheMeanOfItsReadings(String readings, Band band) {
        List<Integer> values =
                Arrays.stream(readings.split(" ")).map(Integer::valueOf).toList();
        assertEquals(band, Band.of(values));
    }

    @ParameterizedTest(name = "closed {0}, referred {1}: re-referral {2}")
    @CsvSource({
        "2025-03-31, 2025-03-31, false", // the same day is not after the closure
        "2025-03-31, 2025-04-01, true",
        "2025-03-31, 2026-03-31, true", // twelve months to the day
        "2025-03-31, 2026-04-01, false",
        "2025-03-31, 2025-01-01, false" // a referral before the closure
    })
    void aReferralWithinTwelveMonthsAfterAClosureIsAReReferral(LocalDate closed, LocalDate referred, boolean re) {
        assertEquals(re, OutcomeRules.reReferral(referred, List.of(closed)));
    }

    @Test
    void aFamilyNeverClosedIsNeverReReferred() {
        assertEquals(false, OutcomeRules.reReferral(LocalDate.parse("2026-01-01"), List.of()));
    }

    @ParameterizedTest(name = "attached {0}, closed {1}, stepped up {2}: {3}")
    @CsvSource({
        "2025-01-01,           , 2025-06-01, true", // during an open case
        "2025-01-01,           , 2024-12-31, false", // before attachment
        "2025-01-01, 2025-06-30, 2025-06-30, true", // on the day of closure
        "2025-01-01, 2025-06-30, 2026-06-30, true", // twelve months after closure
        "2025-01-01, 2025-06-30, 2026-07-01, false"
    })
    void aStepUpCountsDuringTheCaseOrWithinTwelveMonthsOfClosure(
            LocalDate attached, LocalDate closed, LocalDate steppedUp, boolean counts) {
        assertEquals(counts, OutcomeRules.steppedUp(attached, closed, List.of(steppedUp)));
    }

    @ParameterizedTest(name = "attached {0}, closed {1}, today 2026-11-23: open over a year {2}")
    @CsvSource({
        "2025-11-22,           , true",
        "2025-11-23,           , false", // exactly a year
        "2026-01-01,           , false",
        "2024-01-01, 2026-01-01, false" // closed
    })
    void aCaseIsOpenOverAYearWhenOpenAndAttachedMoreThanAYearAgo(LocalDate attached, LocalDate closed, boolean over) {
        assertEquals(over, OutcomeRules.openOverAYear(attached, closed, LocalDate.parse("2026-11-23")));
    }

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheMiddleTwo() {
        assertNull(OutcomeRules.median(List.of()));
        assertEquals(30.0, OutcomeRules.median(List.of(90L, 30L, 10L)));
        assertEquals(20.0, OutcomeRules.median(List.of(10L, 30L)));
        assertEquals(20.5, OutcomeRules.median(List.of(40L, 1L, 10L, 31L)));
    }

    @ParameterizedTest(name = "{0} of {1} is {2}%")
    @CsvSource({"0, 0, 0.0", "1, 3, 33.3", "2, 3, 66.7", "1, 8, 12.5", "4, 4, 100.0"})
    void percentagesHaveOneDecimal(long part, long whole, double percent) {
        assertEquals(percent, OutcomeRules.percent(part, whole));
    }
}
