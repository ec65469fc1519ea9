package uk.earlyhelp.pbr.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.metrics.DatabaseGauges;

/** Claims (docs/operations.md, "Health and metrics"). */
@Singleton
class PaymentByResultsMetrics {

    static void register(@Observes StartupEvent start, MeterRegistry metrics, Jdbc jdbc) {
        DatabaseGauges.register(
                metrics,
                jdbc,
                "earlyhelp.claims",
                "Families claimed in a submitted batch",
                "SELECT count(*) FROM pbr_family WHERE claimed_batch_id IS NOT NULL");
        DatabaseGauges.register(
                metrics,
                jdbc,
                "earlyhelp.claim.batches",
                "Claim batches submitted to the ministry",
                "SELECT count(*) FROM claim_batch WHERE state = 'SUBMITTED'");
    }
}
