package uk.earlyhelp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.earlyhelp.deploy.local.DevKeys;
import uk.earlyhelp.deploy.local.DevToken;
import uk.earlyhelp.deploy.local.LocalRunner;
import uk.earlyhelp.deploy.local.Service;

/**
 * The benchmark (docs/operations.md, "Measuring performance"; run it with {@code bench/run}). Starts the system on the local runner with fresh
 * databases (dropped afterwards), measures the machine's PostgreSQL and Kafka limits, drives referrals from
 * this separate load process at fixed rates and flat out, times a projection rebuild and claim batch builds
 * over synthetic families, and prints a Markdown table in which each throughput stands beside the limits
 * measured in this same run (figures on a shared machine vary up to twofold between runs). Then it starts
 * two instances of every service and drives them flat out again (docs/operations.md, "Running at scale").
 */
public final class Bench implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAYLOAD_1KIB = "{\"pad\": \"" + "x".repeat(1000) + "\"}";
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    /** Each load phase sends for this long, so a rate the system cannot take still ends. */
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("bench.phase-seconds", 10));

    /** How long an accepted referral may take to show its decision before it counts as not decided. */
    private static final Duration DECISION_TIMEOUT = Duration.ofSeconds(60);

    /** Open-loop phases stop sending (and count it) rather than queue more than this without bound. */
    private static final int MAX_IN_FLIGHT = 400;

    private static final int FLAT_OUT_CLIENTS = 16;

    /** The benchmark council's share of the national synthetic families is one in this many (docs/domain.md, "Users and roles"). */
    private static final int COUNCILS = 150;

    private static final List<String> rows = new ArrayList<>();
    private static double commitLimit = Double.NaN;
    private static double produceLimit = Double.NaN;

    private static final Duration FRONT_DOOR_BEHIND = Duration.ofDays(401);

    private final LocalRunner runner;
    private final int instances;
    private final DevKeys keys;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    /** Polls for decisions. */
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    /** Sends at a fixed rate: a thread of its own, so polling never delays a send. */
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    /** Signed once per role and council: signing a JWT per request would load this process, not the system. */
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private final AtomicLong requests = new AtomicLong();

    private Bench(LocalRunner runner, int instances) {
        this.runner = runner;
        this.instances = instances;
        this.keys = DevKeys.in(runner.settings().devKeysDir());
    }

    public static void main(String[] args) throws Exception {
        Path projectDir =
                Path.of(System.getProperty("earlyhelp.project.dir", ".")).toAbsolutePath();
        int exit = 0;
        try {
            text("Started %s UTC on %d cores; load average %s", Instant.now(), cpus(), loadAverage());
            row("| figure | value | ÷ PostgreSQL commits/s | ÷ Kafka records/s |");
            row("|---|---|---|---|");
            try (Bench one = start(projectDir, 1)) {
                one.limits();
                one.servicesStartedTogether();
                one.warmUp();
                for (int rate : List.of(10, 100, 500)) {
                    one.report("at " + rate + "/s", one.drive(Optional.of(rate)));
                }
                one.report("flat out (" + FLAT_OUT_CLIENTS + " clients)", one.drive(Optional.empty()));
                one.projectionRebuild();
                one.memoryAndStartAlone();
                one.claimBatches();
            }
            if (Boolean.parseBoolean(System.getProperty("bench.two-instances", "true"))) {
                try (Bench two = start(projectDir, 2)) {
                    two.servicesStartedTogether();
                    two.warmUp();
                    two.report("flat out (" + FLAT_OUT_CLIENTS + " clients)", two.drive(Optional.empty()));
                }
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            text("FAILED: %s", e);
            exit = 1;
        } finally {
            text("Ended %s UTC; load average %s", Instant.now(), loadAverage());
            System.out.println();
            System.out.println("---- the table ----");
            rows.forEach(System.out::println);
        }
        System.exit(exit);
    }

    private static Bench start(Path projectDir, int instances) {
        Path workDir = projectDir.resolve("bench/target/run-" + UUID.randomUUID());
        // The claim-batch scenario attaches families 400 days ago, which casework allows only for a family referred
        // before then: the front door runs behind, as in the end-to-end tests.
        var settings = LocalRunner.Settings.forTest(projectDir, workDir, instances)
                .withClockOffset(FRONT_DOOR_BEHIND.negated(), Service.REFERRAL, Service.ELIGIBILITY);
        long starting = System.nanoTime();
        Bench bench = new Bench(LocalRunner.start(settings), instances);
        bench.startedTogetherSeconds = seconds(System.nanoTime() - starting);
        return bench;
    }

    private double startedTogetherSeconds;

    @Override
    public void close() {
        scheduler.shutdownNow();
        ticker.shutdownNow();
        runner.closeAndDropDatabases();
    }

    private String label() {
        return instances == 1 ? "1 instance of each service" : instances + " instances of each service";
    }

    private void servicesStartedTogether() {
        row(
                "| %s: broker and every service started together, healthy after (s) | %.1f | | |",
                label(), startedTogetherSeconds);
    }

    /**
     * Referrals until ten sent at once are each decided within two seconds (for at most a minute), not measured:
     * the first ones after a start wait for the consumer groups to be assigned their partitions and for the JIT.
     */
    private void warmUp() throws Exception {
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            List<CompletableFuture<Optional<Long>>> decisions = new ArrayList<>();
            for (int i = 0; i < 10 * instances; i++) {
                decisions.add(referAndAwaitDecision());
            }
            boolean quick = true;
            for (var decision : decisions) {
                Optional<Long> millis = decision.join();
                quick &= millis != null && millis.isPresent() && millis.get() < 2000;
            }
            if (quick) {
                break;
            }
        }
        row(
                "| %s: warm-up, not counted: referrals until ten sent at once were each decided within 2 s, at most 60 s (s)"
                        + " | %.0f"
                        + " | | |",
                label(), seconds(System.nanoTime() - start));
    }

    // ---- the machine's limits ----

    private void limits() throws Exception {
        commitLimit = postgresSingleRowCommitsPerSecond();
        produceLimit = kafkaAcksAllRecordsPerSecond();
        row(
                "| limit: PostgreSQL single-row commits/s (JDBC, 1 client, ~1 KiB jsonb, fsync on) | %.0f | 1 | |",
                commitLimit);
        row(
                "| limit: Kafka acks=all produce records/s (idempotent producer, 1 KiB, 1 partition) | %.0f | | 1 |",
                produceLimit);
    }

    private double postgresSingleRowCommitsPerSecond() throws SQLException {
        try (Connection connection = connect(Service.REFERRAL)) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE bench_commit (id BIGSERIAL PRIMARY KEY, body JSONB NOT NULL)");
            }
            connection.setAutoCommit(true);
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO bench_commit (body) VALUES (?::jsonb)")) {
                insert.setString(1, PAYLOAD_1KIB);
                for (int i = 0; i < 200; i++) {
                    insert.executeUpdate();
                }
                int commits = 0;
                long start = System.nanoTime();
                long end = start + Duration.ofSeconds(5).toNanos();
                while (System.nanoTime() < end) {
                    insert.executeUpdate();
                    commits++;
                }
                return commits / seconds(System.nanoTime() - start);
            } finally {
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("DROP TABLE bench_commit");
                }
            }
        }
    }

    private double kafkaAcksAllRecordsPerSecond() throws Exception {
        String topic = "bench.limit";
        Properties admin = new Properties();
        admin.put("bootstrap.servers", runner.kafkaBootstrapServers());
        try (Admin client = Admin.create(admin)) {
            client.createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
                    .all()
                    .get();
        }
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, runner.kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        int records = Integer.getInteger("bench.kafka-records", 100_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, "warm-up", PAYLOAD_1KIB)).get();
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, String.valueOf(i % 64), PAYLOAD_1KIB));
            }
            producer.flush();
            return records / seconds(System.nanoTime() - start);
        }
    }

    // ---- referrals: POST to the decision readable over REST ----

    private record Outcome(int sent, int accepted, int decided, boolean heldBack, double seconds, List<Long> millis) {}

    /**
     * Sends referrals at {@code rate} a second (open loop), or flat out from {@value #FLAT_OUT_CLIENTS} clients
     * each posting back to back, for one phase, spread over the referral instances. Each accepted referral's
     * eligibility is polled (on the eligibility instances in turn) until its decision is readable: the latency is
     * from the POST to that read, so it includes up to one poll interval (20 ms in the first second, 200 ms
     * after). Throughput is decisions over the time from the first POST to the last decision read.
     */
    private Outcome drive(Optional<Integer> rate) throws Exception {
        lastDecisionAt.set(0);
        List<CompletableFuture<Optional<Long>>> decisions = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger heldBack = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + PHASE.toNanos();
        if (rate.isPresent()) {
            var ticks = ticker.scheduleAtFixedRate(
                    () -> {
                        if (System.nanoTime() >= end) {
                            return;
                        }
                        if (inFlight.get() >= MAX_IN_FLIGHT) {
                            heldBack.incrementAndGet();
                            return;
                        }
                        sent.incrementAndGet();
                        inFlight.incrementAndGet();
                        decisions.add(referAndAwaitDecision().whenComplete((r, e) -> inFlight.decrementAndGet()));
                    },
                    0,
                    1_000_000_000L / rate.get(),
                    TimeUnit.NANOSECONDS);
            Thread.sleep(PHASE.toMillis());
            ticks.cancel(false);
        } else {
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < FLAT_OUT_CLIENTS; i++) {
                clients.add(Thread.ofVirtual().start(() -> {
                    while (System.nanoTime() < end) {
                        sent.incrementAndGet();
                        CompletableFuture<Optional<Long>> decision = new CompletableFuture<>();
                        decisions.add(decision);
                        long posted = System.nanoTime();
                        refer().join()
                                .ifPresentOrElse(
                                        family -> awaitDecision(family, posted, decision),
                                        () -> decision.complete(null));
                    }
                }));
            }
            for (Thread client : clients) {
                client.join();
            }
        }
        List<CompletableFuture<Optional<Long>>> all;
        synchronized (decisions) {
            all = List.copyOf(decisions);
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        int accepted = 0;
        List<Long> latencies = new ArrayList<>();
        for (var decision : all) {
            Optional<Long> latency = decision.join();
            if (latency != null) {
                accepted++;
                latency.ifPresent(latencies::add);
            }
        }
        long lastDecision = lastDecisionAt.getAndSet(0);
        Collections.sort(latencies);
        return new Outcome(
                sent.get(),
                accepted,
                latencies.size(),
                heldBack.get() > 0,
                seconds(Math.max(lastDecision, start + 1) - start),
                latencies);
    }

    private final AtomicLong lastDecisionAt = new AtomicLong();

    /** Completes with null when the referral was refused, empty when accepted but never decided. */
    private CompletableFuture<Optional<Long>> referAndAwaitDecision() {
        long posted = System.nanoTime();
        CompletableFuture<Optional<Long>> decision = new CompletableFuture<>();
        refer().thenAccept(familyId -> familyId.ifPresentOrElse(
                family -> awaitDecision(family, posted, decision), () -> decision.complete(null)));
        return decision;
    }

    private CompletableFuture<Optional<String>> refer() {
        return refer(instanceInTurn());
    }

    private CompletableFuture<Optional<String>> refer(int instance) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(runner.baseUrl(Service.REFERRAL, instance) + "/api/v1/referrals"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token("partner", DevToken.DEFAULT_COUNCIL, "police"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(referralOfOwnFamily()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> response.statusCode() / 100 == 2
                        ? Optional.of(read(response.body()).path("familyId").asText())
                        : Optional.<String>empty())
                .exceptionally(e -> Optional.empty());
    }

    private void awaitDecision(String familyId, long posted, CompletableFuture<Optional<Long>> decision) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(runner.baseUrl(Service.ELIGIBILITY, instanceInTurn())
                        + "/api/v1/families/" + familyId + "/eligibility"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token("caseworker", DevToken.DEFAULT_COUNCIL, null))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            long now = System.nanoTime();
            if (error == null && response.statusCode() == 200) {
                lastDecisionAt.accumulateAndGet(now, Math::max);
                decision.complete(Optional.of((now - posted) / 1_000_000));
            } else if (now - posted > DECISION_TIMEOUT.toNanos()) {
                decision.complete(Optional.empty());
            } else {
                // Fine polling at first, where most decisions land; coarser later, so a backlog of waiting
                // referrals does not load eligibility-service more than the referrals themselves do.
                long delayMillis = now - posted < 1_000_000_000L ? 20 : 200;
                scheduler.schedule(() -> awaitDecision(familyId, posted, decision), delayMillis, TimeUnit.MILLISECONDS);
            }
        });
    }

    private int instanceInTurn() {
        return (int) (requests.getAndIncrement() % instances);
    }

    private void report(String phase, Outcome outcome) {
        double perSecond = outcome.decided() / outcome.seconds();
        row(
                "| %s: referrals %s: sent %d%s, accepted %d, decided %d in %.1f s; decided referrals/s | %.1f | %.4f"
                        + " | %.4f |",
                label(),
                phase,
                outcome.sent(),
                outcome.heldBack() ? " (held back at " + MAX_IN_FLIGHT + " in flight)" : "",
                outcome.accepted(),
                outcome.decided(),
                outcome.seconds(),
                perSecond,
                perSecond / commitLimit,
                perSecond / produceLimit);
        row(
                "| %s: referrals %s: POST to decision readable over REST, p50 / p95 / p99 (ms) | %s / %s / %s | | |",
                label(),
                phase,
                percentile(outcome.millis(), 50),
                percentile(outcome.millis(), 95),
                percentile(outcome.millis(), 99));
    }

    // ---- projection rebuild ----

    /**
     * Rebuilds casework's read models from its event store into fresh tables and waits until they are swapped in:
     * events replayed per second is casework's event-store size over that time.
     */
    private void projectionRebuild() throws Exception {
        long rowsBefore = count(Service.CASEWORK, "SELECT count(*) FROM history_entry");
        long events = count(Service.CASEWORK, "SELECT count(*) FROM domain_event_entry");
        long start = System.nanoTime();
        String rebuild = "/api/v1/admin/projections/rebuild";
        send(Service.CASEWORK, rebuild, "operator", DevToken.DEFAULT_COUNCIL, "{}");
        long deadline = start + Duration.ofMinutes(3).toNanos();
        while (!"SWAPPED".equals(rebuildState(rebuild)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long rowsNow = count(Service.CASEWORK, "SELECT count(*) FROM history_entry");
        double perSecond = events / seconds(System.nanoTime() - start);
        row(
                "| casework projection rebuild: %d events replayed into %d of %d history rows; events/s | %.0f |"
                        + " %.3f | %.3f |",
                events, rowsNow, rowsBefore, perSecond, perSecond / commitLimit, perSecond / produceLimit);
    }

    // ---- claim batches over synthetic families ----

    /**
     * Takes a few families through referral, decision, attachment and sustained outcomes over REST, then copies
     * one of their claim records in payment-by-results' database into synthetic claimable families: the
     * national 400,000 (docs/domain.md, "Users and roles") spread over {@value #COUNCILS} councils, of which one council's batch is built
     * over REST; then a batch for one council holding {@code bench.one-batch-families} (400,000) of them.
     */
    private void claimBatches() throws Exception {
        String template = templateClaimRecord();
        int national = Integer.getInteger("bench.national-families", 400_000);
        double inserting = timed(() -> insertSyntheticFamilies(template, national, COUNCILS, "E9"));
        long ours = count(
                Service.PAYMENT_BY_RESULTS,
                "SELECT count(*) FROM pbr_family WHERE attached_while_eligible AND council = '"
                        + DevToken.DEFAULT_COUNCIL + "'");
        timeBatch(
                "one council's claim batch among %d synthetic families in %d councils (SQL insert took %.0f s)"
                        .formatted(national, COUNCILS, inserting),
                DevToken.DEFAULT_COUNCIL,
                ours);
        int oneBatch = Integer.getInteger("bench.one-batch-families", 400_000);
        if (oneBatch > 0) {
            // One batch holds all its families in one event and one answer: at the runner's 256 MB a batch of
            // 400,000 runs out of memory, so payment-by-results restarts with a larger heap for it.
            String heap = System.getProperty("bench.pbr-heap", "1536m");
            System.setProperty("earlyhelp.heap." + Service.PAYMENT_BY_RESULTS.database(), heap);
            runner.restart(Service.PAYMENT_BY_RESULTS, 0);
            String council = "E10000099";
            insertSyntheticFamilies(template, oneBatch, 1, council);
            timeBatch(
                    "one claim batch of %d synthetic families in one council (payment-by-results with -Xmx%s)"
                            .formatted(oneBatch, heap),
                    council,
                    oneBatch);
            System.clearProperty("earlyhelp.heap." + Service.PAYMENT_BY_RESULTS.database());
        }
    }

    private void timeBatch(String what, String council, long families) throws IOException, InterruptedException {
        fundFor(council, families);
        String today = LocalDate.now(ENGLAND).toString();
        long start = System.nanoTime();
        try {
            JsonNode batch = send(
                    Service.PAYMENT_BY_RESULTS,
                    "/api/v1/claim-batches",
                    "finance-officer",
                    council,
                    "{\"windowEnd\": \"%s\"}".formatted(today));
            row(
                    "| %s: %d claimable, %d in the batch; built over REST in (s) | %.2f | | |",
                    what, families, batch.path("families").asLong(), seconds(System.nanoTime() - start));
        } catch (RuntimeException e) {
            row(
                    "| %s: %d claimable; FAILED after %.1f s: %s | - | | |",
                    what,
                    families,
                    seconds(System.nanoTime() - start),
                    e.getMessage().lines().findFirst().orElse("").replace('|', '/'));
        }
    }

    /** The claim record payment-by-results folded for a real family, taken through the services over REST. */
    private String templateClaimRecord() throws Exception {
        List<String> families = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            families.add(caseWithOutcomes());
        }
        String family = families.getLast();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = connect(Service.PAYMENT_BY_RESULTS);
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
    private void insertSyntheticFamilies(String template, int families, int councils, String prefix) {
        try (Connection connection = connect(Service.PAYMENT_BY_RESULTS);
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
            insert.setString(4, DevToken.DEFAULT_COUNCIL);
            insert.setString(5, prefix);
            insert.setInt(6, councils);
            insert.setString(7, prefix);
            insert.setString(8, template);
            insert.setInt(9, families);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert synthetic families", e);
        }
    }

    private String caseWithOutcomes() throws Exception {
        String familyId = refer(0).join().orElseThrow(() -> new IllegalStateException("a referral was refused"));
        LocalDate today = LocalDate.now(ENGLAND);
        String casePath = "/api/v1/families/" + familyId + "/case";
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                send(Service.CASEWORK, casePath + "/attachment", "caseworker", DevToken.DEFAULT_COUNCIL, """
                        {"attachedOn": "%s", "leadPractitioner": "worker-17"}""".formatted(
                                today.minusDays(400)));
                break;
            } catch (IllegalStateException notYetEligibleThere) {
                if (System.nanoTime() > deadline) {
                    throw notYetEligibleThere;
                }
                Thread.sleep(200);
            }
        }
        for (String problem : List.of("CRIME_ASB", "SCHOOL_ATTENDANCE")) {
            send(Service.CASEWORK, casePath + "/outcomes", "caseworker", DevToken.DEFAULT_COUNCIL, """
                    {"problem": "%s", "sustainedFrom": "%s", "sustainedTo": "%s", "evidence": "benchmark"}""".formatted(
                            problem, today.minusDays(390), today.minusDays(10)));
        }
        return familyId;
    }

    // ---- memory and start ----

    private void memoryAndStartAlone() {
        for (Service service : Service.values()) {
            long rss = rssMegabytes(service);
            runner.kill(service, 0);
            double startSeconds = timed(() -> runner.restart(service, 0));
            row(
                    "| %s: RSS after the load (MB) / start alone after kill -9, until healthy (s) | %d / %.1f | | |",
                    service.module(), rss, startSeconds);
        }
    }

    /** Resident memory of the service's process, found among this JVM's children by its jar. */
    private long rssMegabytes(Service service) {
        String jar = service.jar(runner.settings().projectDir()).toString();
        return ProcessHandle.current()
                .children()
                .filter(child -> child.info()
                        .commandLine()
                        .map(line -> line.contains(jar))
                        .orElse(false))
                .findFirst()
                .map(child -> {
                    try {
                        return Files.readAllLines(Path.of("/proc/" + child.pid() + "/status")).stream()
                                .filter(line -> line.startsWith("VmRSS:"))
                                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                                .findFirst()
                                .orElse(-1L);
                    } catch (IOException e) {
                        return -1L;
                    }
                })
                .orElse(-1L);
    }

    // ---- plumbing ----

    /** The council's funded maximum covers all its synthetic families, so the batch is not capped below them. */
    private void fundFor(String council, long families) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(runner.baseUrl(Service.PAYMENT_BY_RESULTS) + "/api/v1/funding"))
                        .header("Authorization", "Bearer " + token("finance-officer", council, null))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                "{\"fundedFamilies\": %d}".formatted(Math.min(1_000_000, families))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Setting the funded maximum answered " + response.statusCode());
        }
    }

    private String rebuildState(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(runner.baseUrl(Service.CASEWORK) + path))
                        .header("Authorization", "Bearer " + token("operator", DevToken.DEFAULT_COUNCIL, null))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return read(response.body()).path("state").asText();
    }

    private JsonNode send(Service service, String path, String role, String council, String body) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(runner.baseUrl(service) + path))
                            .timeout(Duration.ofMinutes(5))
                            .header("Authorization", "Bearer " + token(role, council, null))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        service + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return read(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(service + " " + path + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long count(Service service, String query) throws SQLException {
        try (Connection connection = connect(service);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private Connection connect(Service service) throws SQLException {
        var settings = runner.settings();
        var postgres = settings.postgres();
        return DriverManager.getConnection(
                postgres.jdbcUrl(settings.database(service)), postgres.user(), postgres.password());
    }

    private String token(String role, String council, String agency) {
        return tokens.computeIfAbsent(
                role + " " + council + " " + agency, key -> DevToken.sign(keys, role, council, agency));
    }

    /** A family of its own each time, referred on the front door's date (it runs behind). */
    private static String referralOfOwnFamily() {
        return BenchReferrals.ofOwnFamily(
                LocalDate.now(ENGLAND).minusDays(FRONT_DOOR_BEHIND.toDays()), LocalDate.of(2013, 9, 30));
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String percentile(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return String.valueOf(sorted.get(Math.max(0, index)));
    }

    private static double timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return seconds(System.nanoTime() - start);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static int cpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static String loadAverage() {
        try {
            return String.join(
                    " ",
                    Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" "))
                            .subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void row(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        rows.add(line);
        System.out.println(line);
    }

    /** A line of text between blank lines, outside the table. */
    private static void text(String format, Object... args) {
        rows.add("");
        row(format, args);
        rows.add("");
    }
}
