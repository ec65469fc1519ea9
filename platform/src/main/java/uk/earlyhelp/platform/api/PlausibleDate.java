package uk.earlyhelp.platform.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date a person could have meant: from 1 January 1900 to two years after today (on the service's clock).
 * Anything else is a typing mistake or an attack, and a date far outside that range is one PostgreSQL cannot
 * store, which would stop every event behind it. Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleDate {

    String message() default "must be between 1900-01-01 and two years from today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
