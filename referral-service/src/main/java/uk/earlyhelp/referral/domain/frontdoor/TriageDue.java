package uk.earlyhelp.referral.domain.frontdoor;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When a referral is due for triage (docs/domain.md, "Front door"): by the end of a working day, some working days
 * after the day it counts as received. A referral received after the working day ends, at a weekend or on a bank
 * holiday counts from the next working day; an escalation is due the working day it counts from, others
 * {@code workingDays} later.
 *
 * @param escalationWorkingDays working days an escalation has (0: the same working day)
 * @param workingDays working days any other referral has
 * @param dayEnds when a working day ends, in England
 * @param bankHolidays days that are not working days
 */
public record TriageDue(int escalationWorkingDays, int workingDays, LocalTime dayEnds, Set<LocalDate> bankHolidays) {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    public TriageDue {
        bankHolidays = Set.copyOf(bankHolidays);
    }

    public Instant dueBy(Instant receivedAt, boolean escalation) {
        ZonedDateTime received = receivedAt.atZone(ENGLAND);
        LocalDate day = received.toLocalDate();
        if (!isWorkingDay(day) || !received.toLocalTime().isBefore(dayEnds)) {
            day = nextWorkingDay(day);
        }
        for (int i = 0; i < (escalation ? escalationWorkingDays : workingDays); i++) {
            day = nextWorkingDay(day);
        }
        return day.atTime(dayEnds).atZone(ENGLAND).toInstant();
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
    }
}
