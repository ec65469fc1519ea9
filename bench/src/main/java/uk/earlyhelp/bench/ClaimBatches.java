package uk.earlyhelp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import uk.earlyhelp.deploy.local.Service;

/**
 * Claim batches over synthetic families (docs/domain.md, "Users and roles"): a few families are taken through
 * referral, decision, attachment and sustained outcomes over REST, then one of their claim records in
 * payment-by-results' database is copied by SQL into synthetic claimable families: the national 400,000 spread over
 * 150 councils, of which one council's batch is built over REST; then a batch for one council holding
 * {@code bench.one-batch-families} of them, payment-by-results restarted with a larger heap for it.
 *
 * <p>{@code bench/run-scenario ClaimBatches}. Options: {@code bench.national-families} (400000),
 * {@code bench.one-batch-families} (400000; 0 leaves that batch out), {@code bench.pbr-heap} (1536m,
 * payment-by-results' heap for that batch).
 */
public final class ClaimBatches {

    /** The benchmark council's share of the national synthetic families is one in this many. */
    private static final int COUNCILS = 150;

    private ClaimBatches() {}

    public static void main(String[] args) {
        BenchSystem.runAlone(1, false, ClaimBatches::run);
    }

    static void run(BenchSystem system) throws Exception {
        String template = templateClaimRecord(system);
        int national = Integer.getInteger("bench.national-families", 400_000);
        long inserting = System.nanoTime();
        insertSyntheticFamilies(system, template, national, COUNCILS, "E9");
        double insertSeconds = BenchSystem.seconds(System.nanoTime() - inserting);
        long ours = system.count(
                Service.PAYMENT_BY_RESULTS,
                "SELECT count(*) FROM pbr_family WHERE attached_while_eligible AND council = '" + BenchSystem.COUNCIL
                        + "'");
        timeBatch(
                system,
                "one council's claim batch among %d synthetic families in %d councils (SQL insert took %.0f s)"
                        .formatted(national, COUNCILS, insertSeconds),
                BenchSystem.COUNCIL,
                ours);
        int oneBatch = Integer.getInteger("bench.one-batch-families", 400_000);
        if (oneBatch > 0) {
            // One batch holds all its families in one event and one answer: at the runner's 256 MB a batch of
            // 400,000 runs out of memory, so payment-by-results restarts with a larger heap for it.
            String heap = System.getProperty("bench.pbr-heap", "1536m");
            String heapProperty = "earlyhelp.heap." + Service.PAYMENT_BY_RESULTS.database();
            System.setProperty(heapProperty, heap);
            try {
                system.runner().restart(Service.PAYMENT_BY_RESULTS, 0);
                String council = "E10000099";
                insertSyntheticFamilies(system, template, oneBatch, 1, council);
                timeBatch(
                        system,
                        "one claim batch of %d synthetic families in one council (payment-by-results with -Xmx%s)"
                                .formatted(oneBatch, heap),
                        council,
                        oneBatch);
            } finally {
                System.clearProperty(heapProperty);
            }
        }
    }

    private static void timeBatch(BenchSystem system, String what, String council, long families) {
        // The council's funded maximum covers all its synthetic families, so the batch is not capped below them.
        system.call(
                "PUT",
                Service.PAYMENT_BY_RESULTS,
                "/api/v1/funding",
                "finance-officer",
                council,
                "{\"fundedFamilies\": %d}".formatted(Math.min(1_000_000, families)));
        String today = LocalDate.now(BenchSystem.ENGLAND).toString();
        long start = System.nanoTime();
        try {
            JsonNode batch = system.call(
                    "POST",
                    Service.PAYMENT_BY_RESULTS,
                    "/api/v1/claim-batches",
                    "finance-officer",
                    council,
                    "{\"windowEnd\": \"%s\"}".formatted(today));
            BenchTable.value(
                    "%s: %d claimable, %d in the batch; built over REST in (s)"
                            .formatted(what, families, batch.path("families").asLong()),
                    "%.2f".formatted(BenchSystem.seconds(System.nanoTime() - start)));
        } catch (RuntimeException e) {
            BenchTable.value(
                    "%s: %d claimable; FAILED after %.1f s: %s"
                            .formatted(
                                    what,
                                    families,
                                    BenchSystem.seconds(System.nanoTime() - start),
                                    e.getMessage()
                                            .lines()
                                            .findFirst()
                                            .orElse("")
                                            .replace('|', '/')),
                    "-");
        }
    }

    /** The claim record payment-by-results folded for a real family, taken through the services over REST. */
    private static String templateClaimRecord(BenchSystem system) throws Exception {
        String family = null;
        for (int i = 0; i < 3; i++) {
            family = system.caseWithOutcomes();
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = system.connect(Service.PAYMENT_BY_RESULTS);
                    PreparedStatement query = connection.prepareStatement("""
                            SELECT facts::text FROM pbr_family
                            WHERE family_id = ? AND attached_while_eligible
                              AND jsonb_array_length(facts -> 'outcomes') = 2""")) {
                query.setString(1, family);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        return row.getString(1);
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("payment-by-results never had family " + family + "'s outcomes");
    }

    /**
     * Inserts {@code families} copies of the template, each with its own id, spread over {@code councils}
     * councils: the benchmark's own council and others named {@code prefix} and a number.
     */
    private static void insertSyntheticFamilies(
            BenchSystem system, String template, int families, int councils, String prefix) throws SQLException {
        try (Connection connection = system.connect(Service.PAYMENT_BY_RESULTS);
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO pbr_family (family_id, council, attached_on, attached_while_eligible, facts)
                        SELECT id, council, (template ->> 'attachedOn')::date, TRUE,
                               jsonb_set(jsonb_set(template, '{familyId}', to_jsonb(id)), '{council}', to_jsonb(council))
                        FROM (SELECT gen_random_uuid()::text AS id,
                                     CASE WHEN ?::int = 1 THEN ?::text
                                          WHEN i % ?::int = 0 THEN ?::text
                                          ELSE ?::text || lpad((i % ?::int)::text, 9 - length(?::text), '0')
                                     END AS council,
                                     ?::jsonb AS template
                              FROM generate_series(1, ?) AS i) synthetic""")) {
            insert.setInt(1, councils);
            insert.setString(2, prefix);
            insert.setInt(3, councils);
            insert.setString(4, BenchSystem.COUNCIL);
            insert.setString(5, prefix);
            insert.setInt(6, councils);
            insert.setString(7, prefix);
            insert.setString(8, template);
            insert.setInt(9, families);
            insert.executeUpdate();
        }
    }
}
