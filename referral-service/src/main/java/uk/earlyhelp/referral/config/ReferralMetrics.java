package uk.earlyhelp.referral.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.metrics.DatabaseGauges;

/** The front door's business figures (docs/operations.md, "Health and metrics"). */
@Singleton
class ReferralMetrics {

    static void register(@Observes StartupEvent start, MeterRegistry metrics, Jdbc jdbc) {
        DatabaseGauges.register(
                metrics,
                jdbc,
                "earlyhelp.referrals.received",
                "Referrals received from partner agencies",
                "SELECT count(*) FROM referral_view");
        DatabaseGauges.register(
                metrics,
                jdbc,
                "earlyhelp.triage.waiting",
                "Families waiting for a duty officer's triage",
                "SELECT count(*) FROM family_triage WHERE pending_since IS NOT NULL");
        DatabaseGauges.register(
                metrics,
                jdbc,
                "earlyhelp.triage.overdue",
                "Families waiting for triage past their due time",
                "SELECT count(*) FROM family_triage WHERE pending_since IS NOT NULL AND due_at < now()");
        DatabaseGauges.register(
                metrics,
                jdbc,
                "earlyhelp.possible.duplicates",
                "Pairs of families that may be one, waiting for a duty officer",
                "SELECT count(*) FROM possible_duplicate WHERE state = 'OPEN'");
    }
}
