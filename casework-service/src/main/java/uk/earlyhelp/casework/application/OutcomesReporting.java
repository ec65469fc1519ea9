package uk.earlyhelp.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.earlyhelp.casework.projection.Insights;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.platform.time.England;

/**
 * A service manager reads the outcomes dashboard (docs/domain.md, "Outcomes dashboard") for their council: families
 * attached in a period, optionally one practitioner's, judged by the rules in {@code domain.outcomes}.
 */
@ApplicationScoped
public class OutcomesReporting {

    @Inject
    Insights insights;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** {@code from}, {@code to} and {@code practitioner} may each be null: no bound. */
    public OutcomeReport report(LocalDate from, LocalDate to, String practitioner) {
        return OutcomeReport.of(
                insights.families(caller.council(), from, to, practitioner), England.dateOf(clock.instant()));
    }

    /** The lead practitioners of the council's attached families, for the dashboard's picker. */
    public List<String> practitioners() {
        return insights.practitioners(caller.council());
    }
}
