package uk.earlyhelp.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;
import uk.earlyhelp.platform.time.England;

/** Checks {@link PlausibleDate} against the service's clock, so a moved clock moves the upper bound with it. */
@ApplicationScoped
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    @Inject
    Clock clock;

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        return date == null || isPlausible(date, LocalDate.now(clock.withZone(England.ZONE)));
    }

    public static boolean isPlausible(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST) && !date.isAfter(today.plusYears(2));
    }
}
