package uk.earlyhelp.eligibility.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.metrics.DatabaseGauges;

/** Eligibility decisions by outcome (docs/operations.md, "Health and metrics"). */
@Singleton
class EligibilityMetrics {

    static void register(@Observes StartupEvent start, MeterRegistry metrics, Jdbc jdbc) {
        for (Decision decision : Decision.values()) {
            DatabaseGauges.register(
                    metrics,
                    jdbc,
                    "earlyhelp.decisions",
                    "Eligibility decisions made, by outcome",
                    Tags.of("decision", decision.name()),
                    "SELECT count(*) FROM eligibility_decision WHERE decision = '" + decision.name() + "'");
        }
    }
}
