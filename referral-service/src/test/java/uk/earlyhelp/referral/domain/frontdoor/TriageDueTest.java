package uk.earlyhelp.referral.domain.frontdoor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due times for triage with the defaults: escalations the same working day, others 3 working days, days end 17:00. */
class TriageDueTest {

    static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    static final TriageDue DEFAULTS = new TriageDue(
            0,
            3,
            LocalTime.of(17, 0),
            // Christmas Day and Boxing Day (substitute) 2026.
            Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28")));

    @ParameterizedTest(name = "received {0} (escalation: {1}) is due {2}")
    @CsvSource({
        // received (England)   escalation  due (England)
        "2026-11-23T09:00, true,  2026-11-23T17:00", // Monday morning: the same day
        "2026-11-23T16:59, true,  2026-11-23T17:00",
        "2026-11-23T17:00, true,  2026-11-24T17:00", // after the working day: the next one
        "2026-11-27T18:30, true,  2026-11-30T17:00", // Friday evening: Monday
        "2026-11-28T10:00, true,  2026-11-30T17:00", // Saturday: Monday
        "2026-11-23T09:00, false, 2026-11-26T17:00", // Monday: three working days, Thursday
        "2026-11-26T09:00, false, 2026-12-01T17:00", // Thursday: over the weekend, Tuesday
        "2026-11-29T12:00, false, 2026-12-03T17:00", // Sunday counts from Monday: Thursday
        "2026-12-24T09:00, false, 2026-12-31T17:00", // Christmas Eve: 29th, 30th, 31st after the holidays
        "2026-12-25T09:00, true,  2026-12-29T17:00", // Christmas Day escalation: the next working day
    })
    void aReferralIsDueByTheEndOfAWorkingDay(String received, boolean escalation, String due) {
        Instant receivedAt = ZonedDateTime.of(java.time.LocalDateTime.parse(received), ENGLAND)
                .toInstant();
        Instant expected =
                ZonedDateTime.of(java.time.LocalDateTime.parse(due), ENGLAND).toInstant();
        assertEquals(expected, DEFAULTS.dueBy(receivedAt, escalation));
    }
}
