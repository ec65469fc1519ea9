package uk.earlyhelp.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Councils are in England: a date in a rule (effective dates, ages, periods) is a date in London. */
public final class England {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private England() {}

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** Midnight at the start of {@code day} in England. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
