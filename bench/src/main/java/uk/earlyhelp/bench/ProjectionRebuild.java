package uk.earlyhelp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import uk.earlyhelp.deploy.local.DemoCouncil;
import uk.earlyhelp.deploy.local.Service;

/**
 * Casework's projection rebuild (plan histories and case list) over at least {@code bench.rebuild-events} events in
 * its event store. Making a million events over REST would take hours, so a few families are worked through the
 * services as a council works them (the demo council's: attached, assessed, some stepped up, most closed; and two
 * with sustained outcomes), and then every event of every family casework attached is copied by SQL, as often as it
 * takes, each copy a family of its own. The rebuild is started over REST as an operator and polled until its tables
 * are swapped in; events/s is the store's size over that time.
 *
 * <p>How the copies are made, and why:
 *
 * <ul>
 *   <li>A copy gets a new aggregate identifier and family id (replaced throughout its payload, which is JSON: the
 *       projection keys its rows by it), new event identifiers, and the template event's sequence number. Other ids
 *       are kept: the projection keys nothing else by them, but for plan goals, and the template agrees no plans.
 *   <li>Copies sit <em>before</em> the first real event in the store's order (global index below it). A rebuild
 *       replays from the store's tail, so it reads them; the live processors (the projections and the Kafka
 *       publisher) are already past them and never do. Appended after the head instead, they would be projected live
 *       and published to payment-by-results, loading the system for many minutes and changing what the scenarios
 *       after this one measure.
 *   <li>Personal fields (outcome evidence) are AES-GCM-encrypted with the family's key and the family id as
 *       associated data, so a ciphertext copied to another family cannot decrypt, and a copied key row does not
 *       unwrap either (its associated data names the family too). The copies get no key: the rebuild reads their
 *       personal fields as null, as for an erased family. Each such event costs the copy a key lookup in the
 *       database, where a real family's key is cached after its first, and saves a decryption of a few bytes.
 * </ul>
 *
 * <p>{@code bench/run-scenario ProjectionRebuild} (measures the limits first). Options: {@code bench.rebuild-events}
 * (1000000), {@code bench.rebuild-template-families} (20, demo-council families worked over REST as the template),
 * {@code bench.rebuild} ({@code histories}, or {@code insights} for the outcomes dashboard's facts).
 */
public final class ProjectionRebuild {

    /** Which read model is rebuilt: the plan histories and case list, or the outcomes dashboard's facts. */
    private enum ReadModel {
        HISTORIES("/api/v1/admin/projections/rebuild", "history_entry", "history"),
        INSIGHTS("/api/v1/admin/projections/insights/rebuild", "insight_event", "insight event");

        final String path;
        final String table;
        final String rows;

        ReadModel(String path, String table, String rows) {
            this.path = path;
            this.table = table;
            this.rows = rows;
        }
    }

    private static final ReadModel REBUILT =
            ReadModel.valueOf(System.getProperty("bench.rebuild", "histories").toUpperCase(java.util.Locale.ROOT));

    private ProjectionRebuild() {}

    public static void main(String[] args) {
        BenchSystem.runAlone(1, true, ProjectionRebuild::run);
    }

    private record Copied(long templateFamilies, long templateEvents, long events, double seconds) {}

    static void run(BenchSystem system) throws Exception {
        long target = Long.getLong("bench.rebuild-events", 1_000_000);
        int families = Integer.getInteger("bench.rebuild-template-families", 20);
        new DemoCouncil(system.runner(), system.keys(), BenchSystem.COUNCIL).load(families, 2026);
        for (int i = 0; i < 2; i++) {
            system.caseWithOutcomes();
        }
        // The rebuild should have the machine to itself, not share it with the template still being projected.
        if (system.awaitCaughtUp(Duration.ofMinutes(5)).isEmpty()) {
            throw new IllegalStateException("The template families were never fully handled");
        }
        Copied copied = copyAttachedFamilies(system, target);
        long events = system.count(Service.CASEWORK, "SELECT count(*) FROM domain_event_entry");
        long rowsBefore = system.count(Service.CASEWORK, "SELECT count(*) FROM " + REBUILT.table);

        long start = System.nanoTime();
        system.call("POST", Service.CASEWORK, REBUILT.path, "operator", BenchSystem.COUNCIL, "{}");
        // Slower than 100 events/s it is broken, not slow.
        long deadline = start + Duration.ofMinutes(3).toNanos() + events * 10_000_000L;
        // A failing batch is retried, so STALLED may pass; stalled for a minute on end, the rebuild has failed.
        long stalledSince = 0;
        JsonNode status = rebuildStatus(system);
        while (!state(status).equals("SWAPPED") && System.nanoTime() < deadline) {
            if (!state(status).equals("STALLED")) {
                stalledSince = 0;
            } else if (stalledSince == 0) {
                stalledSince = System.nanoTime();
            } else if (System.nanoTime() - stalledSince > Duration.ofMinutes(1).toNanos()) {
                break;
            }
            Thread.sleep(200);
            status = rebuildStatus(system);
        }
        double seconds = BenchSystem.seconds(System.nanoTime() - start);
        String what =
                ("casework projection rebuild (%s): %d events in the event store, %d of them copied by SQL from the"
                                + " %d events of the %d families casework attached (in %.1f s)")
                        .formatted(
                                REBUILT.name().toLowerCase(java.util.Locale.ROOT),
                                events,
                                copied.events(),
                                copied.templateEvents(),
                                copied.templateFamilies(),
                                copied.seconds());
        if (!state(status).equals("SWAPPED")) {
            BenchTable.value(
                    "%s: FAILED after %.0f s: %s"
                            .formatted(what, seconds, status.toString().replace('|', '/')),
                    "-");
            return;
        }
        long rowsAfter = system.count(Service.CASEWORK, "SELECT count(*) FROM " + REBUILT.table);
        BenchTable.perSecond(
                "%s, replayed into %d %s rows (%d before); events/s"
                        .formatted(what, rowsAfter, REBUILT.rows, rowsBefore),
                events / seconds);
    }

    private static JsonNode rebuildStatus(BenchSystem system) {
        return system.call("GET", Service.CASEWORK, REBUILT.path, "operator", BenchSystem.COUNCIL, null);
    }

    private static String state(JsonNode status) {
        return status.path("state").asText();
    }

    /**
     * Copies every event of every family casework attached until the store holds at least {@code target} events.
     * Copy n of template event p (in store order) gets global index {@code base + (p - 1) × copies + n - 1}: the last
     * one just below the store's first event, and the copies interleaved as a council's families are (everyone's
     * referral, then everyone's decision, and so on), not one family's whole history after another's.
     */
    private static Copied copyAttachedFamilies(BenchSystem system, long target) throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = system.connect(Service.CASEWORK);
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TEMPORARY TABLE rebuild_template AS
                    SELECT row_number() OVER (ORDER BY global_index) AS position, e.*
                    FROM domain_event_entry e
                    WHERE aggregate_identifier IN (
                      SELECT aggregate_identifier FROM domain_event_entry WHERE payload_type LIKE '%.FamilyAttached')""");
            long families;
            long templateEvents;
            long events;
            long lowest;
            try (ResultSet row = statement.executeQuery("""
                    SELECT (SELECT count(DISTINCT aggregate_identifier) FROM rebuild_template),
                           (SELECT count(*) FROM rebuild_template),
                           (SELECT count(*) FROM domain_event_entry),
                           (SELECT min(global_index) FROM domain_event_entry)""")) {
                row.next();
                families = row.getLong(1);
                templateEvents = row.getLong(2);
                events = row.getLong(3);
                lowest = row.getLong(4);
            }
            if (templateEvents == 0) {
                throw new IllegalStateException("Casework has attached no family to copy");
            }
            long copies = Math.max(0, Math.ceilDiv(target - events, templateEvents));
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                      sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                    SELECT ? + (t.position - 1) * ? + n - 1, gen_random_uuid()::text, copy.family_id,
                           t.sequence_number, t.type, t.time_stamp, t.payload_type, t.payload_revision,
                           convert_to(replace(convert_from(t.payload, 'UTF8'), t.aggregate_identifier, copy.family_id),
                                      'UTF8'),
                           t.meta_data
                    FROM rebuild_template t
                    CROSS JOIN generate_series(1, ?) AS n
                    CROSS JOIN LATERAL (SELECT md5(t.aggregate_identifier || ':' || n)::uuid::text AS family_id) copy""")) {
                insert.setLong(1, lowest - templateEvents * copies);
                insert.setLong(2, copies);
                insert.setLong(3, copies);
                insert.executeUpdate();
            }
            // As autovacuum would have by the time a store this size is rebuilt: the replay's reads are planned on it.
            statement.execute("ANALYZE domain_event_entry");
            statement.execute("DROP TABLE rebuild_template");
            return new Copied(
                    families, templateEvents, copies * templateEvents, BenchSystem.seconds(System.nanoTime() - start));
        }
    }
}
