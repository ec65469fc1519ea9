package uk.earlyhelp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import uk.earlyhelp.deploy.local.DevKeys;
import uk.earlyhelp.deploy.local.DevToken;
import uk.earlyhelp.deploy.local.LocalRunner;
import uk.earlyhelp.deploy.local.Service;

/**
 * Decision latency at a light, steady load (docs/operations.md, "Measuring performance"): referrals of new families
 * are offered open-loop at {@code bench.rate} per second, each with an intended send time; a referral's latency runs
 * from that time until its eligibility decision is on the eligibility topic, read by a Kafka consumer (the observer
 * puts no load on the services). A warm-up phase is not counted. Prints p50/p90/p99/max from an HdrHistogram.
 *   bench/run-scenario DecisionLatency   (BENCH_OPTS: bench.rate (20), bench.warmup-seconds (10), bench.seconds (30))
 */
public final class DecisionLatency {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("bench.rate", 20);
        int warmupSeconds = Integer.getInteger("bench.warmup-seconds", 10);
        int seconds = Integer.getInteger("bench.seconds", 30);
        Path projectDir =
                Path.of(System.getProperty("earlyhelp.project.dir", ".")).toAbsolutePath();
        Path workDir = projectDir.resolve("bench/target/latency-" + UUID.randomUUID());
        LocalRunner runner = LocalRunner.start(LocalRunner.Settings.forTest(projectDir, workDir, 1));
        try {
            DevKeys keys = DevKeys.in(runner.settings().devKeysDir());
            String token = DevToken.sign(keys, "partner", DevToken.DEFAULT_COUNCIL, "police");
            Map<String, Long> intended = new ConcurrentHashMap<>();
            Map<String, Long> decidedAt = new ConcurrentHashMap<>();
            AtomicBoolean observing = new AtomicBoolean(true);
            Thread observer = Thread.ofPlatform().start(() -> observe(runner, decidedAt, observing));
            HttpClient http = HttpClient.newHttpClient();
            URI referrals = URI.create(runner.baseUrl(Service.REFERRAL) + "/api/v1/referrals");

            offer(http, referrals, token, rate, warmupSeconds, new ConcurrentHashMap<>());
            AtomicInteger accepted = offer(http, referrals, token, rate, seconds, intended);
            Thread.sleep(Duration.ofSeconds(10));
            observing.set(false);
            observer.join();

            Histogram latency = new Histogram(Duration.ofMinutes(5).toNanos(), 3);
            int decided = 0;
            for (var sent : intended.entrySet()) {
                Long decision = decidedAt.get(sent.getKey());
                if (decision != null) {
                    latency.recordValue(Math.max(0, decision - sent.getValue()));
                    decided++;
                }
            }
            System.out.printf(
                    "| decision latency, %d referrals/s offered open-loop for %d s (1 instance each): offered %d,"
                            + " accepted %d, decided %d; intended send to decision on the topic, p50 / p90 / p99 / max"
                            + " (ms) | %.0f / %.0f / %.0f / %.0f |%n",
                    rate,
                    seconds,
                    rate * seconds,
                    accepted.get(),
                    decided,
                    latency.getValueAtPercentile(50) / 1e6,
                    latency.getValueAtPercentile(90) / 1e6,
                    latency.getValueAtPercentile(99) / 1e6,
                    latency.getMaxValue() / 1e6);
        } finally {
            runner.closeAndDropDatabases();
        }
    }

    /** Sends {@code rate × seconds} referrals at their intended times, without waiting for answers in between. */
    private static AtomicInteger offer(
            HttpClient http, URI referrals, String token, int rate, int seconds, Map<String, Long> intended)
            throws InterruptedException {
        AtomicInteger accepted = new AtomicInteger();
        long start = System.nanoTime();
        long period = 1_000_000_000L / rate;
        for (int i = 0; i < rate * seconds; i++) {
            long sendAt = start + i * period;
            long wait = sendAt - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            HttpRequest request = HttpRequest.newBuilder(referrals)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(referral()))
                    .build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenAccept(answer -> {
                if (answer.statusCode() == 202) {
                    accepted.incrementAndGet();
                    intended.put(familyId(answer.body()), sendAt);
                }
            });
        }
        return accepted;
    }

    /** Notes when each family's first decision reached the eligibility topic. */
    private static void observe(LocalRunner runner, Map<String, Long> decidedAt, AtomicBoolean observing) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                runner.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "bench-observer-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "latest",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                10);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("earlyhelp.eligibility.v1"));
            while (observing.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                    decidedAt.putIfAbsent(record.key(), System.nanoTime());
                }
            }
        }
    }

    private static String familyId(String answer) {
        try {
            JsonNode node = JSON.readTree(answer);
            return node.get("familyId").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new family each time, its child born on a day of its own in 2008–2019, as a council's referrals are. */
    private static String referral() {
        return BenchReferrals.ofOwnFamily(
                LocalDate.now(),
                LocalDate.of(2008, 1, 1)
                        .plusDays(
                                java.util.concurrent.ThreadLocalRandom.current().nextInt(4380)));
    }
}
