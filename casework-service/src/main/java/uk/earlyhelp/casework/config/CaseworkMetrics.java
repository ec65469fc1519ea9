package uk.earlyhelp.casework.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.metrics.DatabaseGauges;

/** Casework's business figures (docs/operations.md, "Health and metrics"). */
@Singleton
class CaseworkMetrics {

    static void register(@Observes StartupEvent start, MeterRegistry metrics, Jdbc jdbc) {
        DatabaseGauges.register(
                metrics,
                jdbc,
                "earlyhelp.attachments",
                "Families attached to the programme",
                "SELECT count(*) FROM family_case WHERE attached_on IS NOT NULL");
        DatabaseGauges.register(metrics, jdbc, "earlyhelp.outcomes", "Outcomes recorded (and not retracted)", """
                SELECT (SELECT count(*) FROM history_entry WHERE type = 'OutcomeRecorded')
                     - (SELECT count(*) FROM history_entry WHERE type = 'OutcomeRetracted')""");
        DatabaseGauges.register(
                metrics,
                jdbc,
                "earlyhelp.allocation.waiting",
                "Families accepted for Early Help waiting for a lead practitioner",
                """
                SELECT count(*) FROM case_allocation
                WHERE team IS NOT NULL AND accepted_on IS NOT NULL AND lead_practitioner IS NULL AND open""");
    }
}
