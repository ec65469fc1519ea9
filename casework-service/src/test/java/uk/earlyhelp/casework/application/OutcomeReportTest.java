package uk.earlyhelp.casework.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.casework.domain.familystar.Band;
import uk.earlyhelp.casework.domain.outcomes.FamilyOutcome;
import uk.earlyhelp.casework.domain.outcomes.FamilyOutcome.Assessment;
import uk.earlyhelp.contracts.FamilyStarDomain;

class OutcomeReportTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Test
    void firstAndLatestAreByDateNotByTheOrderRecorded() {
        // Recorded latest first: read by date, HOME_AND_MONEY went 2 -> 8 and the band LOWER -> HIGHER.
        var family = family(
                LocalDate.parse("2026-01-01"),
                null,
                assessment("2026-06-01", 8),
                assessment("2026-02-01", 2),
                assessment("2026-04-01", 5));
        OutcomeReport report = OutcomeReport.of(List.of(family), TODAY);
        assertEquals(1, report.measuredFamilies());
        assertEquals(new OutcomeReport.Share(1, 100.0), report.anyDomainProgress());
        assertEquals(1, report.domains().get(FamilyStarDomain.HOME_AND_MONEY).count());
        assertEquals(1, report.progressMatrix().get(Band.LOWER).get(Band.HIGHER));
    }

    @Test
    void nothingToReportIsZerosAndNoMedian() {
        OutcomeReport report = OutcomeReport.of(List.of(), TODAY);
        assertEquals(0, report.measuredFamilies());
        assertEquals(10, report.domains().size());
        report.domains().values().forEach(share -> assertEquals(new OutcomeReport.Share(0, 0.0), share));
        assertEquals(0.0, report.reReferralRate());
        assertEquals(0.0, report.stepUpRate());
        assertNull(report.medianDaysToClosure());
        assertEquals(0, report.openOverAYear());
    }

    @Test
    void aDomainReadOnlyOnceIsNotProgress() {
        var first = new Assessment(LocalDate.parse("2026-01-01"), Map.of(FamilyStarDomain.PROGRESS_TO_WORK, 1));
        var latest = new Assessment(LocalDate.parse("2026-03-01"), Map.of(FamilyStarDomain.HOME_AND_MONEY, 9));
        OutcomeReport report = OutcomeReport.of(
                List.of(new FamilyOutcome(
                        "f",
                        LocalDate.parse("2026-01-01"),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(first, latest))),
                TODAY);
        assertEquals(1, report.measuredFamilies());
        assertEquals(0, report.anyDomainProgress().count());
        assertEquals(1, report.progressMatrix().get(Band.LOWER).get(Band.HIGHER));
    }

    private static FamilyOutcome family(LocalDate attached, LocalDate closed, Assessment... assessments) {
        return new FamilyOutcome("f", attached, closed, List.of(), List.of(), List.of(), List.of(assessments));
    }

    /** Every domain read {@code reading}. */
    private static Assessment assessment(String on, int reading) {
        Map<FamilyStarDomain, Integer> readings = new EnumMap<>(FamilyStarDomain.class);
        for (FamilyStarDomain domain : FamilyStarDomain.values()) {
            readings.put(domain, reading);
        }
        return new Assessment(LocalDate.parse(on), readings);
    }
}
