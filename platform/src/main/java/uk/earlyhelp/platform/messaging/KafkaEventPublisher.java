package uk.earlyhelp.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.earlyhelp.contracts.CloudEventHeaders;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.platform.tracing.Traces;

/**
 * Publishes a service's events to Kafka from its event store: a tracking processor reads the store a batch at a time
 * and this handler sends each mapped event without waiting; before the batch's transaction commits (and the
 * processor's token moves on), every acknowledgement is awaited, so a batch costs one round of broker
 * acknowledgements, not one per event. Sends keep their order per partition (the idempotent producer), so a family's
 * events stay in order. A crash, or a failed acknowledgement, between send and token update sends the batch again
 * with the same {@code ce_id}s (the Axon events' ids), which consumers drop. Nothing is published that was not
 * stored.
 */
@Singleton
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";

    private static final String PENDING_SENDS = KafkaEventPublisher.class.getName() + ".pending";

    private final Instance<IntegrationEventMapper> mapper;
    private final Traces traces;
    private final ObjectMapper json;
    private final Map<String, Object> kafka;
    private final String source;
    private KafkaProducer<String, String> producer;

    /** Only services that publish list this handler in their {@code AxonSetup}, and they provide the mapper. */
    KafkaEventPublisher(
            Instance<IntegrationEventMapper> mapper,
            ObjectMapper json,
            // Every kafka.* setting (bootstrap servers, and on Kubernetes TLS and the service's credentials), as the
            // Kafka channels have them.
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            Traces traces) {
        this.mapper = mapper;
        this.traces = traces;
        this.json = json;
        this.kafka = kafka;
        this.source = "urn:earlyhelp:" + applicationName;
    }

    @PostConstruct
    void createProducer() {
        Map<String, Object> config = new HashMap<>(kafka);
        config.putAll(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG,
                source + ":publisher",
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                // A batch of events goes out in a few requests: wait up to 5 ms to fill one, compressed.
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.BATCH_SIZE_CONFIG,
                65_536,
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "lz4",
                // Fail within the JTA transaction timeout, so the processor rolls back and retries.
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                15_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                30_000));
        producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    @PreDestroy
    void closeProducer() {
        producer.close();
    }

    @EventHandler
    void on(Object internalEvent, EventMessage<?> message) throws InterruptedException, ExecutionException {
        var integrationEvent = mapper.get().toIntegrationEvent(internalEvent);
        if (integrationEvent.isEmpty()) {
            return;
        }
        ProducerRecord<String, String> record = record(integrationEvent.get(), message);
        // The trace of the request (or record) that caused the event goes on with its record.
        Optional<Traces.Publishing> publishing = traces.publishing(
                "publish " + record.topic(), message.getMetaData().get(Traces.TRACEPARENT));
        publishing.ifPresent(span -> span.headers().forEach((name, value) -> header(record.headers(), name, value)));
        Future<RecordMetadata> sent;
        try {
            sent = producer.send(record);
        } finally {
            publishing.ifPresent(span -> span.span().end());
        }
        if (sent.isDone()) {
            // Refused by the client at once (e.g. too large): this event's own failure, parked with its family.
            sent.get();
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.getOrComputeResource(PENDING_SENDS, key -> {
                    List<Future<RecordMetadata>> pending = new ArrayList<>();
                    batch.onPrepareCommit(unitOfWork -> awaitAcknowledgements(pending));
                    return pending;
                })
                .add(sent);
    }

    /** Every send of the batch acknowledged, or the batch's transaction rolls back and the batch is sent again. */
    private static void awaitAcknowledgements(List<Future<RecordMetadata>> pending) {
        try {
            for (Future<RecordMetadata> sent : pending) {
                sent.get(40, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka's acknowledgements", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge every event of the batch", e);
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

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
