package uk.earlyhelp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import uk.earlyhelp.deploy.local.DevKeys;
import uk.earlyhelp.deploy.local.DevToken;
import uk.earlyhelp.deploy.local.LocalRunner;
import uk.earlyhelp.deploy.local.Service;

/**
 * What every scenario shares: the system on the local runner (fresh databases, dropped afterwards; one or two
 * instances of each service), signed tokens, referrals posted to the referral instances in turn, the observer of
 * decisions on the eligibility topic ({@link Decisions}), and waiting until every consumer has caught up.
 */
final class BenchSystem implements AutoCloseable {

    /** A scenario's measurements on a running system; its rows go to {@link BenchTable}. */
    interface Scenario {
        void run(BenchSystem system) throws Exception;
    }

    /**
     * The front door (referral and eligibility) runs this far behind: casework refuses an attachment dated before the
     * family's first referral, and the claim-batch families are attached 400 days ago (LocalRunner.withClockOffset).
     */
    static final Duration FRONT_DOOR_BEHIND = Duration.ofDays(401);

    static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final int WARM_UP_RATE = 20;
    static final String COUNCIL = DevToken.DEFAULT_COUNCIL;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HTTP_PORT = Pattern.compile("(?:^|\\x00)QUARKUS_HTTP_PORT=(\\d+)");
    private static final Pattern OWNER_PID = Pattern.compile("^(\\d+)@");

    private final LocalRunner runner;
    private final int instances;
    private final DevKeys keys;
    /** Few threads: they only hand answers on, and this process must not take the services' CPU. */
    private final ExecutorService httpThreads = Executors.newFixedThreadPool(4);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(httpThreads)
            .build();
    /** Signed once per role and council: signing a JWT per request would load this process, not the system. */
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private final AtomicLong referrals = new AtomicLong();
    private final Admin kafka;
    private final Decisions decisions;

    private BenchSystem(LocalRunner runner, int instances) {
        this.runner = runner;
        this.instances = instances;
        this.keys = DevKeys.in(runner.settings().devKeysDir());
        this.kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, runner.kafkaBootstrapServers()));
        this.decisions = new Decisions(runner.kafkaBootstrapServers());
    }

    /** A scenario class's {@code main}: its own system, the limits first where its figures are compared with them. */
    static void runAlone(int instances, boolean measureLimits, Scenario scenario) {
        BenchTable.run(() -> {
            try (BenchSystem system = start(instances)) {
                if (measureLimits) {
                    Limits.run(system);
                }
                scenario.run(system);
            }
        });
    }

    static BenchSystem start(int instances) {
        Path projectDir =
                Path.of(System.getProperty("earlyhelp.project.dir", ".")).toAbsolutePath();
        Path workDir = projectDir.resolve("bench/target/run-" + UUID.randomUUID());
        var settings = LocalRunner.Settings.forTest(projectDir, workDir, instances)
                .withClockOffset(FRONT_DOOR_BEHIND.negated(), Service.REFERRAL, Service.ELIGIBILITY);
        long starting = System.nanoTime();
        LocalRunner runner;
        try {
            runner = LocalRunner.start(settings);
        } catch (RuntimeException e) {
            // The runner stops what it started but keeps the databases it made, which are of no use after a benchmark.
            for (Service service : Service.values()) {
                settings.postgres().dropDatabase(settings.database(service));
            }
            throw e;
        }
        double seconds = seconds(System.nanoTime() - starting);
        try {
            BenchSystem system = new BenchSystem(runner, instances);
            BenchTable.value(
                    system.label() + ": broker and every service started together, healthy after (s)",
                    "%.1f".formatted(seconds));
            system.warmUp();
            return system;
        } catch (Exception e) {
            runner.closeAndDropDatabases();
            throw e instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(e);
        }
    }

    /**
     * Referrals at {@value #WARM_UP_RATE}/s for {@code bench.system-warmup-seconds} (10; 0 skips it), none of them
     * measured, then a wait until every consumer has caught up. A system just started pays once for its consumers
     * joining their groups, its classes loading and its code compiling; without this, whichever phase came first paid
     * it (at 50/s offered first, decisions p50 8–11 s; the same phase second, 0.3 s).
     */
    private void warmUp() throws Exception {
        long count = WARM_UP_RATE * Long.getLong("bench.system-warmup-seconds", 10);
        if (count == 0) {
            return;
        }
        long period = 1_000_000_000L / WARM_UP_RATE;
        long start = System.nanoTime();
        List<CompletableFuture<Optional<String>>> sent = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            LoadPhase.sleepUntil(start + i * period);
            sent.add(refer());
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        OptionalLong caughtUp = awaitCaughtUp(Duration.ofMinutes(10));
        BenchTable.value(
                label()
                        + ": warm-up, %d referrals at %d/s (not measured), every consumer caught up after (s)"
                                .formatted(count, WARM_UP_RATE),
                caughtUp.isPresent() ? "%.1f".formatted(seconds(caughtUp.getAsLong() - start)) : "not within 600");
    }

    LocalRunner runner() {
        return runner;
    }

    /** How many instances of each service this system runs. */
    int instances() {
        return instances;
    }

    DevKeys keys() {
        return keys;
    }

    Admin kafka() {
        return kafka;
    }

    Decisions decisions() {
        return decisions;
    }

    /** How rows name this system. */
    String label() {
        return instances == 1 ? "1 instance of each service" : instances + " instances of each service";
    }

    // ---- referrals ----

    /**
     * Posts a referral of a new family to the next referral instance in turn, without waiting: the family's id
     * when it was answered 202, empty when refused or unanswered.
     */
    CompletableFuture<Optional<String>> refer() {
        int instance = (int) (referrals.getAndIncrement() % instances);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(runner.baseUrl(Service.REFERRAL, instance) + "/api/v1/referrals"))
                // Long: an overloaded front door answers late, and a late answer is still an accepted referral.
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token("partner", COUNCIL, "police"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(referralOfNewFamily()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(answer -> answer.statusCode() == 202
                        ? Optional.of(read(answer.body()).path("familyId").asText())
                        : Optional.<String>empty())
                .exceptionally(unanswered -> Optional.empty());
    }

    /**
     * A new family each time, referred on the front door's date, its child born on a day of its own in 2008–2019 as a
     * council's referrals are (a shared birthday would make every referral a near-match candidate of the others).
     */
    private static String referralOfNewFamily() {
        LocalDate frontDoorToday = LocalDate.now(ENGLAND).minusDays(FRONT_DOOR_BEHIND.toDays());
        LocalDate childBorn =
                LocalDate.of(2008, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(4380));
        return BenchReferrals.ofOwnFamily(frontDoorToday, childBorn);
    }

    /**
     * A family taken through the services over REST as a council works: referred, decided, attached 400 days ago and
     * two outcomes sustained since (the outcome evidence is a personal field, encrypted with the family's key).
     */
    String caseWithOutcomes() throws Exception {
        String familyId = refer().get().orElseThrow(() -> new IllegalStateException("a referral was refused"));
        LocalDate today = LocalDate.now(ENGLAND);
        String casePath = "/api/v1/families/" + familyId + "/case";
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                call("POST", Service.CASEWORK, casePath + "/attachment", "caseworker", COUNCIL, """
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
            call("POST", Service.CASEWORK, casePath + "/outcomes", "caseworker", COUNCIL, """
                    {"problem": "%s", "sustainedFrom": "%s", "sustainedTo": "%s", "evidence": "benchmark"}""".formatted(
                            problem, today.minusDays(390), today.minusDays(10)));
        }
        return familyId;
    }

    // ---- REST and SQL ----

    /** A request to instance 0 of the service that must answer 2xx; its JSON answer (null when it had none). */
    JsonNode call(String method, Service service, String path, String role, String council, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(runner.baseUrl(service) + path))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token(role, council, null))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + service.module() + " " + path + " answered "
                        + answer.statusCode() + ": " + answer.body());
            }
            return answer.body().isBlank() ? null : read(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(service.module() + " " + path + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(String role, String council, String agency) {
        return tokens.computeIfAbsent(
                role + " " + council + " " + agency, key -> DevToken.sign(keys, role, council, agency));
    }

    Connection connect(Service service) throws SQLException {
        var settings = runner.settings();
        var postgres = settings.postgres();
        return DriverManager.getConnection(
                postgres.jdbcUrl(settings.database(service)), postgres.user(), postgres.password());
    }

    long count(Service service, String query) throws SQLException {
        try (Connection connection = connect(service);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    // ---- caught up ----

    /**
     * Waits, looking once a second, until nothing is left to consume: every consumer group of the services has read
     * its partitions to the end, and every event processor of every instance has handled its event store to the head.
     * Returns when that was first seen ({@link System#nanoTime}), or empty after {@code timeout}, having printed what
     * was still behind.
     */
    OptionalLong awaitCaughtUp(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Long> behind = behind();
        while (!behind.isEmpty()) {
            if (System.nanoTime() > deadline) {
                System.out.println("Still behind after " + timeout.toSeconds() + " s: " + behind);
                return OptionalLong.empty();
            }
            Thread.sleep(1000);
            behind = behind();
        }
        return OptionalLong.of(System.nanoTime());
    }

    /** Each consumer group and event processor not caught up, with how far behind it is (-1: failing or unknown). */
    private Map<String, Long> behind() throws Exception {
        Map<String, Long> behind = new TreeMap<>();
        consumerGroupLags().forEach((group, lag) -> {
            if (lag > 0) {
                behind.put("consumer group " + group, lag);
            }
        });
        for (Service service : Service.values()) {
            for (int instance = 0; instance < instances; instance++) {
                processorLags(service, instance).forEach((processor, lag) -> {
                    if (lag != 0) {
                        behind.put(processor, lag);
                    }
                });
            }
        }
        return behind;
    }

    /**
     * Records not yet consumed per consumer group: each partition's end offset less the group's committed offset, over
     * the partitions it has committed and those assigned to it (committed or not). The services' consumers commit
     * every few seconds (SmallRye's throttled strategy), so a group reads as caught up up to that much after it is.
     */
    private Map<String, Long> consumerGroupLags() throws InterruptedException, ExecutionException {
        List<String> groups = kafka.listGroups(ListGroupsOptions.forConsumerGroups()).all().get().stream()
                .map(GroupListing::groupId)
                .toList();
        Map<String, Map<TopicPartition, Long>> committed = new HashMap<>();
        Set<TopicPartition> partitions = new HashSet<>();
        Map<String, ConsumerGroupDescription> descriptions =
                kafka.describeConsumerGroups(groups).all().get();
        for (String group : groups) {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            descriptions.get(group).members().forEach(member -> member.assignment()
                    .topicPartitions()
                    .forEach(partition -> offsets.put(partition, 0L)));
            Map<TopicPartition, OffsetAndMetadata> commits = kafka.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            commits.forEach((partition, offset) -> offsets.put(partition, offset == null ? 0L : offset.offset()));
            committed.put(group, offsets);
            partitions.addAll(offsets.keySet());
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        var ends = kafka.listOffsets(latest).all().get();
        Map<String, Long> lags = new TreeMap<>();
        committed.forEach((group, offsets) -> lags.put(
                group,
                offsets.entrySet().stream()
                        .mapToLong(
                                offset -> Math.max(0, ends.get(offset.getKey()).offset() - offset.getValue()))
                        .sum()));
        return lags;
    }

    /**
     * The lag of each event processor on one instance, from its health checks ({@code event processor
     * <group>}, data {@code lag}, read by platform's ProcessorHealth). An instance holding none of a processor's
     * segments has no lag to tell and is left out; a failing processor, or one holding segments without a position
     * yet, counts as -1.
     */
    private Map<String, Long> processorLags(Service service, int instance) {
        String name = service.module() + " #" + instance + " ";
        HttpRequest request = HttpRequest.newBuilder(URI.create(runner.baseUrl(service, instance) + "/q/health/well"))
                .timeout(Duration.ofSeconds(10))
                .build();
        Map<String, Long> lags = new TreeMap<>();
        JsonNode health;
        try {
            // Answered 503 when a check is down: the body says which, so it is read whatever the status.
            health = read(
                    http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException | RuntimeException e) {
            lags.put(name + "health unreadable", -1L);
            return lags;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (JsonNode check : health.path("checks")) {
            String checkName = check.path("name").asText();
            if (!checkName.startsWith("event processor ")) {
                continue;
            }
            JsonNode data = check.path("data");
            if (data.path("error").asBoolean(false)) {
                lags.put(name + checkName, -1L);
            } else if (data.has("lag")) {
                lags.put(name + checkName, data.path("lag").asLong());
            } else if (data.path("segments").asInt(0) > 0) {
                lags.put(name + checkName, -1L);
            }
        }
        return lags;
    }

    // ---- the services' processes ----

    /** The process of one instance of a service, told apart from the others by the port the runner gave it. */
    Optional<ProcessHandle> process(Service service, int instance) {
        String jar = service.jar(runner.settings().projectDir()).toString();
        int port = runner.settings().port(service, instance);
        return ProcessHandle.current()
                .children()
                .filter(ProcessHandle::isAlive)
                .filter(child -> child.info()
                        .commandLine()
                        .map(line -> line.contains(jar))
                        .orElse(false))
                .filter(child -> httpPort(child.pid()) == port)
                .findFirst();
    }

    /**
     * Which instance of the service an event processor's owner is ({@code #0}, {@code #1}), from Axon's owner name
     * (the JVM's, {@code pid@host}); the owner as it is when it is none of them.
     */
    String instanceOf(Service service, String owner) {
        Matcher pid = OWNER_PID.matcher(owner);
        int port = pid.find() ? httpPort(Long.parseLong(pid.group(1))) : -1;
        for (int instance = 0; instance < instances; instance++) {
            if (runner.settings().port(service, instance) == port) {
                return "#" + instance;
            }
        }
        return owner;
    }

    /** The port in the process's environment (QUARKUS_HTTP_PORT, as the runner set it), or -1. */
    private static int httpPort(long pid) {
        try {
            String environment = new String(
                    Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "environ")), StandardCharsets.ISO_8859_1);
            Matcher port = HTTP_PORT.matcher(environment);
            return port.find() ? Integer.parseInt(port.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            decisions.close();
            kafka.close();
            httpThreads.shutdownNow();
        } finally {
            runner.closeAndDropDatabases();
        }
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
