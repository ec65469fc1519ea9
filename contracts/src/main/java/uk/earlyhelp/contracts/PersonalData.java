package uk.earlyhelp.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a service's internal event (or of a record inside one) as personal data: a name, a date
 * of birth, an address, narrative. Such a field never appears in an integration event; where it is stored
 * as an event or a snapshot it is encrypted with its family's key (the event's {@code familyId}), so
 * deleting that key erases it (docs/personal-data.md). Lives here, beside the contracts, because a service's domain may
 * depend on the contracts but on nothing of the platform.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {}
