package uk.earlyhelp.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.earlyhelp.contracts.CloudEventHeaders;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.IntegrationEvent;

/** Reads and writes the test broker's topics directly, to see what a service published or feed it records. */
public final class KafkaTestClient {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private KafkaTestClient() {}

    public static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** Waits until a record matching {@code match} is on {@code topic} (read from the beginning), and returns it. */
    public static ConsumerRecord<String, String> awaitRecord(
            String topic, Predicate<ConsumerRecord<String, String>> match) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        try (KafkaConsumer<String, String> consumer = consumer()) {
            assignFromBeginning(consumer, topic);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No matching record on " + topic + " within 30 s");
    }

    /** Every record now on {@code topic}, from the beginning to the current end. */
    public static List<ConsumerRecord<String, String>> readAll(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = assignFromBeginning(consumer, topic);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    public static void publish(String topic, String key, Map<String, String> headers, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new StringSerializer())) {
            var record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /**
     * Publishes an integration event as its producing service would: on its topic, under its key, with
     * CloudEvents headers and {@code ceId} as its id (send the same id twice to test de-duplication).
     */
    public static void publish(IntegrationEvent event, String ceId) {
        publish(event, ceId, Map.of());
    }

    /** {@link #publish(IntegrationEvent, String)} with more headers, e.g. a {@code traceparent}. */
    public static void publish(IntegrationEvent event, String ceId, Map<String, String> moreHeaders) {
        EventType type = EventType.of(event);
        Map<String, String> headers = new java.util.HashMap<>(moreHeaders);
        headers.putAll(Map.of(
                CloudEventHeaders.ID,
                ceId,
                CloudEventHeaders.TYPE,
                type.ceType(),
                CloudEventHeaders.SOURCE,
                "urn:earlyhelp:test",
                CloudEventHeaders.SPEC_VERSION,
                CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.COUNCIL,
                event.council()));
        try {
            publish(type.topic(), event.partitionKey(), headers, JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #publish(IntegrationEvent, String)} with a new {@code ce_id}. */
    public static void publish(IntegrationEvent event) {
        publish(event, UUID.randomUUID().toString());
    }

    public static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return Optional.ofNullable(header).map(h -> new String(h.value(), StandardCharsets.UTF_8));
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "test-reader-" + UUID.randomUUID(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new StringDeserializer());
    }

    private static List<TopicPartition> assignFromBeginning(KafkaConsumer<String, String> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }
}
