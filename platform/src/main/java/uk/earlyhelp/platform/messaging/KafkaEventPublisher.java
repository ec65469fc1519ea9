package uk.earlyhelp.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.earlyhelp.contracts.CloudEventHeaders;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.IntegrationEvent;

/**
 * Publishes a service's events to Kafka from its event store: a tracking processor reads the store and
 * this handler sends each mapped event, waiting for the broker's acknowledgement before the processor's
 * token moves on. A crash between send and token update sends the event again with the same
 * {@code ce_id} (the Axon event's id), which consumers drop. Nothing is published that was not stored.
 */
@Singleton
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";

    private final Instance<IntegrationEventMapper> mapper;
    private final ObjectMapper json;
    private final String bootstrapServers;
    private final String source;
    private KafkaProducer<String, String> producer;

    /** Only services that publish list this handler in their {@code AxonSetup}, and they provide the mapper. */
    KafkaEventPublisher(
            Instance<IntegrationEventMapper> mapper,
            ObjectMapper json,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.mapper = mapper;
        this.json = json;
        this.bootstrapServers = bootstrapServers;
        this.source = "urn:earlyhelp:" + applicationName;
    }

    @PostConstruct
    void createProducer() {
        producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.CLIENT_ID_CONFIG,
                        source + ":publisher",
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        // Fail within the JTA transaction timeout, so the processor rolls back and retries.
                        ProducerConfig.MAX_BLOCK_MS_CONFIG,
                        15_000,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        10_000,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                        30_000),
                new StringSerializer(),
                new StringSerializer());
    }

    @PreDestroy
    void closeProducer() {
        producer.close();
    }

    @EventHandler
    void on(Object internalEvent, EventMessage<?> message)
            throws InterruptedException, ExecutionException, TimeoutException {
        var integrationEvent = mapper.get().toIntegrationEvent(internalEvent);
        if (integrationEvent.isPresent()) {
            producer.send(record(integrationEvent.get(), message)).get(40, TimeUnit.SECONDS);
        }
    }

    private ProducerRecord<String, String> record(IntegrationEvent event, EventMessage<?> message) {
        EventType type = EventType.of(event);
        var headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, message.getIdentifier());
        header(headers, CloudEventHeaders.TYPE, type.ceType());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TIME, message.getTimestamp().toString());
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        header(headers, CloudEventHeaders.COUNCIL, event.council());
        return new ProducerRecord<>(type.topic(), null, event.partitionKey(), toJson(event), headers);
    }

    private String toJson(IntegrationEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
