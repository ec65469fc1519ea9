package uk.earlyhelp.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.earlyhelp.deploy.local.Service;

/**
 * The machine's limits, measured in the same run as the figures compared with them (docs/operations.md, "Measuring
 * performance"): PostgreSQL single-row commits/s (JDBC, autocommit, a ~1 KiB jsonb row each) with one client and with
 * 16 clients on connections of their own, and Kafka acks=all records/s from an idempotent producer. Every other row's
 * ratios are to the 16-client commit rate (the services commit from many threads at once) and to the Kafka rate.
 *
 * <p>{@code bench/run-scenario Limits}. Options: {@code bench.limit-seconds} (5, each PostgreSQL measurement),
 * {@code bench.kafka-records} (100000).
 */
public final class Limits {

    private static final String PAYLOAD_1KIB = "{\"pad\": \"" + "x".repeat(1000) + "\"}";
    private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("bench.limit-seconds", 5));
    private static final int MANY_CLIENTS = 16;

    private Limits() {}

    public static void main(String[] args) {
        BenchSystem.runAlone(1, false, Limits::run);
    }

    static void run(BenchSystem system) throws Exception {
        String settings = postgresSettings(system);
        double one = commitsPerSecond(system, 1);
        double many = commitsPerSecond(system, MANY_CLIENTS);
        double records = kafkaRecordsPerSecond(system);
        BenchTable.limits(many, records);
        BenchTable.row(
                "| limit: PostgreSQL single-row commits/s (JDBC, 1 client, ~1 KiB jsonb, %s) | %.0f | %.3f | |",
                settings, one, one / many);
        BenchTable.row(
                "| limit: PostgreSQL single-row commits/s (JDBC, %d clients on their own connections, ~1 KiB jsonb, %s)"
                        + " | %.0f | 1 | |",
                MANY_CLIENTS, settings, many);
        BenchTable.row(
                "| limit: Kafka acks=all produce records/s (idempotent producer, 1 KiB, 1 partition) | %.0f | | 1 |",
                records);
    }

    /** What makes a commit cost what it does here, so that the figure says what it was measured under. */
    private static String postgresSettings(BenchSystem system) throws SQLException {
        try (Connection connection = system.connect(Service.REFERRAL);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
            row.next();
            return "fsync " + row.getString(1) + ", synchronous_commit " + row.getString(2);
        }
    }

    /**
     * {@code clients} threads, each inserting rows of its own one at a time in autocommit on its own connection, all
     * for the same {@link #MEASURED} stretch after a few unmeasured inserts each.
     */
    private static double commitsPerSecond(BenchSystem system, int clients) throws Exception {
        try (Connection connection = system.connect(Service.REFERRAL);
                Statement ddl = connection.createStatement()) {
            ddl.execute(
                    "CREATE TABLE bench_commit (id BIGSERIAL PRIMARY KEY, client INT NOT NULL, body JSONB NOT NULL)");
            try {
                AtomicLong commits = new AtomicLong();
                CountDownLatch ready = new CountDownLatch(clients);
                CountDownLatch go = new CountDownLatch(1);
                AtomicLong end = new AtomicLong();
                List<Thread> threads = new ArrayList<>();
                for (int client = 0; client < clients; client++) {
                    int id = client;
                    threads.add(Thread.ofPlatform().start(() -> {
                        try (Connection own = system.connect(Service.REFERRAL);
                                PreparedStatement insert = own.prepareStatement(
                                        "INSERT INTO bench_commit (client, body) VALUES (?, ?::jsonb)")) {
                            own.setAutoCommit(true);
                            insert.setInt(1, id);
                            insert.setString(2, PAYLOAD_1KIB);
                            for (int i = 0; i < 100; i++) {
                                insert.executeUpdate();
                            }
                            ready.countDown();
                            go.await();
                            long mine = 0;
                            while (System.nanoTime() < end.get()) {
                                insert.executeUpdate();
                                mine++;
                            }
                            commits.addAndGet(mine);
                        } catch (SQLException | InterruptedException e) {
                            throw new IllegalStateException("A commit-rate client failed", e);
                        }
                    }));
                }
                ready.await();
                long start = System.nanoTime();
                end.set(start + MEASURED.toNanos());
                go.countDown();
                for (Thread thread : threads) {
                    thread.join();
                }
                return commits.get() / BenchSystem.seconds(System.nanoTime() - start);
            } finally {
                ddl.execute("DROP TABLE bench_commit");
            }
        }
    }

    private static double kafkaRecordsPerSecond(BenchSystem system) throws Exception {
        String bootstrap = system.runner().kafkaBootstrapServers();
        String topic = "bench.limit";
        system.kafka()
                .createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
                .all()
                .get();
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                5);
        int records = Integer.getInteger("bench.kafka-records", 100_000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "warm-up", PAYLOAD_1KIB)).get();
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, String.valueOf(i % 64), PAYLOAD_1KIB));
            }
            producer.flush();
            return records / BenchSystem.seconds(System.nanoTime() - start);
        }
    }
}
