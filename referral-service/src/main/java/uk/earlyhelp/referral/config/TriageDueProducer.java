package uk.earlyhelp.referral.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.earlyhelp.referral.domain.frontdoor.TriageDue;

/** The triage due times from configuration ({@code earlyhelp.triage.*}). */
public class TriageDueProducer {

    @Produces
    @Singleton
    TriageDue triageDue(
            @ConfigProperty(name = "earlyhelp.triage.escalation-working-days") int escalationWorkingDays,
            @ConfigProperty(name = "earlyhelp.triage.working-days") int workingDays,
            @ConfigProperty(name = "earlyhelp.triage.working-day-ends") LocalTime dayEnds,
            @ConfigProperty(name = "earlyhelp.triage.bank-holidays") List<LocalDate> bankHolidays) {
        return new TriageDue(escalationWorkingDays, workingDays, dayEnds, new HashSet<>(bankHolidays));
    }
}
