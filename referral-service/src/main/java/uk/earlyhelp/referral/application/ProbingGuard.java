package uk.earlyhelp.referral.application;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.time.England;

/**
 * Referring a child and withdrawing the referral at once, again and again, would let a partner probe what other
 * agencies have said about any child. A referral withdrawn within a day of being made counts against its agency;
 * past {@code earlyhelp.intake.quick-withdrawals-per-day} in a day the agency's further quick withdrawals are
 * refused (429) until the next day, logged at WARN and counted, so First Response can look into it.
 */
@ApplicationScoped
public class ProbingGuard {

    private static final Logger LOG = Logger.getLogger(ProbingGuard.class);
    private static final Duration QUICK = Duration.ofDays(1);

    @Inject
    Jdbc jdbc;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "earlyhelp.intake.quick-withdrawals-per-day", defaultValue = "10")
    int perDay;

    /** Counts the withdrawal of a referral received at {@code receivedAt}, inside the withdrawal's transaction. */
    void withdrawing(String council, String agency, Instant receivedAt) {
        Instant now = clock.instant();
        if (Duration.between(receivedAt, now).compareTo(QUICK) > 0) {
            return;
        }
        metrics.counter("earlyhelp.referrals.quick.withdrawals", "agency", agency)
                .increment();
        int today = jdbc.queryOne("""
                        INSERT INTO quick_withdrawal (council, agency, day, withdrawals) VALUES (?, ?, ?, 1)
                        ON CONFLICT (council, agency, day)
                          DO UPDATE SET withdrawals = quick_withdrawal.withdrawals + 1
                        RETURNING withdrawals""", row -> row.getInt(1), council, agency, England.dateOf(now))
                .orElseThrow();
        if (today > perDay) {
            LOG.warnf(
                    "Possible probing: agency %s of council %s has withdrawn %d referrals within a day of making them"
                            + " today; further quick withdrawals refused until tomorrow",
                    agency, council, today);
            metrics.counter("earlyhelp.referrals.quick.withdrawals.refused", "agency", agency)
                    .increment();
            throw new ProblemException(
                    429,
                    "Too Many Requests",
                    "Your agency has withdrawn " + perDay + " referrals today within a day of making them. Further"
                            + " withdrawals are refused until tomorrow; contact the council's First Response team.",
                    java.util.List.of());
        }
    }
}
