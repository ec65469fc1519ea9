package uk.earlyhelp.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Notes when each family's first eligibility decision reaches the eligibility topic (keyed by family id). The
 * observer reads the topic with a consumer of its own, assigned every partition outside any consumer group, so it
 * puts no load on the services (docs/operations.md, "Measuring performance") and has no group whose lag would count.
 */
final class Decisions implements AutoCloseable {

    static final String TOPIC = "earlyhelp.eligibility.v1";

    private final Map<String, Long> seenAt = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, String> consumer;
    private final Thread observer;
    private volatile boolean open = true;

    Decisions(String bootstrapServers) {
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                        10),
                new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                .map(partition -> new TopicPartition(TOPIC, partition.partition()))
                .toList();
        if (partitions.isEmpty()) {
            throw new IllegalStateException("No topic " + TOPIC + ": eligibility-service creates it when it starts");
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // Positions are resolved lazily: resolve them now, so that nothing decided from here on is skipped.
        partitions.forEach(consumer::position);
        observer = Thread.ofPlatform().daemon().name("decision-observer").start(this::observe);
    }

    /** When the family's first decision was seen ({@link System#nanoTime}), or null. */
    Long seenAt(String familyId) {
        return seenAt.get(familyId);
    }

    /** Families whose first decision was seen in [from, to). */
    long seenBetween(long from, long to) {
        return seenAt.values().stream().filter(at -> at >= from && at < to).count();
    }

    /** Waits until every one of {@code families} has been seen decided, or {@code timeout} has passed. */
    void awaitSeen(Collection<String> families, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!seenAt.keySet().containsAll(families) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private void observe() {
        try {
            while (open) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                    if (record.key() != null) {
                        seenAt.putIfAbsent(record.key(), System.nanoTime());
                    }
                }
            }
        } catch (WakeupException closing) {
            // close() ends the poll.
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        consumer.wakeup();
        observer.join();
    }
}
