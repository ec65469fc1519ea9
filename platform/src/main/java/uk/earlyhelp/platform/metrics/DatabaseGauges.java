package uk.earlyhelp.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * Business figures as gauges read from the service's own tables when scraped (docs/operations.md, "Health and
 * metrics"): the same on every instance, and right after a restart or a projection rebuild, where an in-memory
 * counter would start again from zero or count a replay twice.
 */
public final class DatabaseGauges {

    private DatabaseGauges() {}

    /** {@code countSql} answers one number, e.g. {@code SELECT count(*) FROM ...}. */
    public static void register(
            MeterRegistry metrics, Jdbc jdbc, String name, String description, Tags tags, String countSql) {
        Gauge.builder(name, () -> jdbc.queryOne(countSql, row -> row.getLong(1)).orElse(0L))
                .description(description)
                .tags(tags)
                .register(metrics);
    }

    public static void register(MeterRegistry metrics, Jdbc jdbc, String name, String description, String countSql) {
        register(metrics, jdbc, name, description, Tags.empty(), countSql);
    }
}
