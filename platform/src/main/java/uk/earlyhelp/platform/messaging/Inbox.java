package uk.earlyhelp.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import uk.earlyhelp.contracts.CloudEventHeaders;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.platform.axon.AxonRuntime;
import uk.earlyhelp.platform.parked.Failures;
import uk.earlyhelp.platform.tracing.Traces;

/**
 * De-duplicates incoming Kafka records on {@code ce_id}, and parks the ones that cannot be handled. The records of
 * one poll are handled in one transaction ({@link #receiveBatch}): their inbox rows and the consumer's effects (a
 * command's events, a read-model row) commit or roll back together, so a record redelivered after a crash or
 * replayed from the start changes nothing, and a backlog costs one commit per poll rather than one per record.
 *
 * <p>A record that cannot be handled is parked with its error (docs/operations.md, "Security and operations"):
 * unreadable, without a {@code ce_id}, with a council header that disagrees with its payload, or failing again
 * after a few tries. Its family's later records are parked behind it, so a family's events are never handled out
 * of order, while every other family goes on. An operator retries them in order ({@code ParkedEventsResource}).
 * A failure of the moment (the database away, a deadlock) is retried with back-off instead, and in the end
 * thrown, which stops the channel: the health check says so. Records of a type these contracts do not know are
 * skipped at WARN and counted, so a producer can ship a new event first.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    static final int ATTEMPTS = 3;
    private static final int TRANSIENT_ATTEMPTS = 8;
    private static final String TOPIC = "kafka.topic";
    private static final String PARTITION = "kafka.partition";
    private static final String OFFSET = "kafka.offset";
    private static final String KEY = "kafka.key";

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;
    private final AxonRuntime axon;
    private final MeterRegistry metrics;
    private final Traces traces;
    private final Map<String, Consumer<IntegrationEvent>> handlers = new ConcurrentHashMap<>();

    Inbox(
            DataSource dataSource,
            ObjectMapper json,
            Clock clock,
            AxonRuntime axon,
            MeterRegistry metrics,
            Traces traces) {
        this.traces = traces;
        this.dataSource = dataSource;
        // Tolerant reading: a producer may add fields to a v1 event (a compatible change) before we know them.
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.clock = clock;
        this.axon = axon;
        this.metrics = metrics;
    }

    /** The processing group under which a consumer's records are parked. */
    public static String parkingGroup(String consumer) {
        return "kafka:" + consumer;
    }

    /**
     * Hands the record's event to {@code handler}, in a new transaction, unless {@code consumer} has handled its
     * {@code ce_id} before; parks it when it cannot be handled (see the class comment).
     */
    public void receive(String consumer, ConsumerRecord<String, String> record, Consumer<IntegrationEvent> handler) {
        handlers.putIfAbsent(consumer, handler);
        inContextOf(consumer, record, () -> receiveWithRetries(consumer, record, handler));
    }

    /**
     * Handles a poll's records in one transaction: their inbox rows in one statement, their effects together, one
     * commit. A family's records keep their order (a partition's records come in offset order, and a family is one
     * partition). If any record fails, the transaction rolls back, so the batch commits nothing, and the records are
     * handled again one at a time ({@link #receive}), which retries, parks and de-duplicates each on its own.
     */
    public void receiveBatch(
            String consumer, Iterable<ConsumerRecord<String, String>> records, Consumer<IntegrationEvent> handler) {
        handlers.putIfAbsent(consumer, handler);
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        records.forEach(batch::add);
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() > 1) {
            try {
                QuarkusTransaction.requiringNew().run(() -> receiveAllOnce(consumer, batch, handler));
                return;
            } catch (RuntimeException e) {
                LOG.debugf(e, "%s: a batch of %d records failed; handling them one at a time", consumer, batch.size());
            }
        }
        batch.forEach(record -> receive(consumer, record, handler));
    }

    /** One transaction for the whole batch; throws (rolling all of it back) on the first record that fails. */
    void receiveAllOnce(
            String consumer, List<ConsumerRecord<String, String>> batch, Consumer<IntegrationEvent> handler) {
        for (ConsumerRecord<String, String> record : batch) {
            if (header(record, CloudEventHeaders.ID).isEmpty()) {
                throw new UnhandledRecord("no " + CloudEventHeaders.ID + " header");
            }
        }
        Set<String> firstDeliveries = firstDeliveries(consumer, batch);
        Set<String> parkedFamilies = parkedSequences(consumer, batch);
        for (ConsumerRecord<String, String> record : batch) {
            // remove: a ce_id sent twice within one poll is handled once.
            if (!firstDeliveries.remove(header(record, CloudEventHeaders.ID).orElseThrow())) {
                continue;
            }
            if (parkedFamilies.contains(sequenceOf(record))) {
                // Behind its family's parked event; the one-at-a-time path parks it there.
                throw new UnhandledRecord("its family has a parked event");
            }
            inContextOf(consumer, record, () -> handle(toMessage(record), handler));
        }
    }

    /**
     * Runs {@code work} for one record in its context: every log line names the record and its family (JSON logs
     * carry the MDC), and a span in the record's trace is current, so the commands it sends carry the trace on.
     */
    private void inContextOf(String consumer, ConsumerRecord<String, String> record, Runnable work) {
        MDC.put("ce_id", header(record, CloudEventHeaders.ID).orElse("none"));
        MDC.put("familyId", String.valueOf(record.key()));
        Span span = traces.consuming(consumer + " " + record.topic(), record.headers());
        try (Scope current = span.makeCurrent()) {
            work.run();
        } finally {
            span.end();
            MDC.remove("ce_id");
            MDC.remove("familyId");
        }
    }

    private void receiveWithRetries(
            String consumer, ConsumerRecord<String, String> record, Consumer<IntegrationEvent> handler) {
        Duration backOff = Duration.ofMillis(50);
        int failures = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> receiveOnce(consumer, record, handler));
                return;
            } catch (UnhandledRecord e) {
                park(consumer, record, e);
                return;
            } catch (RuntimeException e) {
                if (isConcurrentAppend(e) || Failures.isTransient(e)) {
                    if (attempt >= TRANSIENT_ATTEMPTS) {
                        throw e;
                    }
                    LOG.debugf(e, "Transient failure handling %s; retrying", describe(record));
                } else if (++failures >= ATTEMPTS) {
                    park(consumer, record, e);
                    return;
                } else {
                    LOG.warnf(
                            e,
                            "%s failed on %s (attempt %d of %d); retrying",
                            consumer,
                            describe(record),
                            failures,
                            ATTEMPTS);
                }
                pause(backOff);
                backOff = backOff.multipliedBy(2);
            }
        }
    }

    private void receiveOnce(
            String consumer, ConsumerRecord<String, String> record, Consumer<IntegrationEvent> handler) {
        Optional<String> ceId = header(record, CloudEventHeaders.ID);
        if (ceId.isEmpty()) {
            throw new UnhandledRecord("no " + CloudEventHeaders.ID + " header");
        }
        if (!firstDelivery(
                consumer, ceId.get(), header(record, CloudEventHeaders.TYPE).orElse(null))) {
            return;
        }
        SequencedDeadLetterQueue<EventMessage<?>> parked = axon.deadLetterQueue(parkingGroup(consumer));
        if (parked.enqueueIfPresent(
                sequenceOf(record), () -> new GenericDeadLetter<>(sequenceOf(record), toMessage(record)))) {
            LOG.infof("%s parked %s behind its family's parked event", consumer, describe(record));
            return;
        }
        handle(toMessage(record), handler);
    }

    /** Decodes, checks and handles one record's event, read from the record or from its parked letter. */
    private void handle(EventMessage<?> message, Consumer<IntegrationEvent> handler) {
        MetaData meta = message.getMetaData();
        String ceType = (String) meta.get(CloudEventHeaders.TYPE);
        Optional<EventType> type = Optional.ofNullable(ceType).flatMap(EventType::ofCeType);
        if (type.isEmpty()) {
            LOG.warnf("Skipping %s of unknown type %s", meta.get(CloudEventHeaders.ID), ceType);
            metrics.counter("earlyhelp.kafka.unknown.types", "type", String.valueOf(ceType))
                    .increment();
            return;
        }
        IntegrationEvent event = decode((String) message.getPayload(), type.get());
        Object council = meta.get(CloudEventHeaders.COUNCIL);
        if (council != null && !council.equals(event.council())) {
            throw new UnhandledRecord(
                    "its council header " + council + " disagrees with its payload's council " + event.council());
        }
        handler.accept(event);
    }

    /**
     * Handles the parked records of {@code consumer} for one family (sequence), in order, each in a transaction of
     * its own; stops at the first that fails again, which stays parked with its new error. True when any was handled.
     */
    public boolean retry(String consumer, String sequence) {
        Consumer<IntegrationEvent> handler = handlers.get(consumer);
        if (handler == null) {
            throw new IllegalStateException("The consumer " + consumer + " has not received a record since this"
                    + " instance started; try again on the instance that has, or after its next record");
        }
        return axon.deadLetterQueue(parkingGroup(consumer))
                .process(letter -> sequence.equals(sequenceOf(letter)), letter -> retryOne(letter, handler));
    }

    private EnqueueDecision<EventMessage<?>> retryOne(
            DeadLetter<? extends EventMessage<?>> letter, Consumer<IntegrationEvent> handler) {
        try {
            QuarkusTransaction.requiringNew().run(() -> handle(letter.message(), handler));
            return Decisions.evict();
        } catch (RuntimeException e) {
            LOG.warnf(
                    e, "Parked %s failed again", letter.message().getMetaData().get(CloudEventHeaders.ID));
            return Decisions.requeue(e);
        }
    }

    private void park(String consumer, ConsumerRecord<String, String> record, RuntimeException cause) {
        LOG.errorf(cause, "%s parked %s", consumer, describe(record));
        QuarkusTransaction.requiringNew().run(() -> {
            header(record, CloudEventHeaders.ID)
                    .ifPresent(ceId -> firstDelivery(
                            consumer,
                            ceId,
                            header(record, CloudEventHeaders.TYPE).orElse(null)));
            axon.deadLetterQueue(parkingGroup(consumer))
                    .enqueue(sequenceOf(record), new GenericDeadLetter<>(sequenceOf(record), toMessage(record), cause));
        });
    }

    private static String sequenceOf(ConsumerRecord<String, String> record) {
        return record.key() != null ? record.key() : record.topic() + "-" + record.partition();
    }

    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return String.valueOf(letter.message().getMetaData().get(KEY));
    }

    /** The record as it is handled and as Axon's dead-letter queue keeps it: the JSON as sent, headers, origin. */
    private static EventMessage<String> toMessage(ConsumerRecord<String, String> record) {
        Map<String, Object> meta = new LinkedHashMap<>();
        for (String name : new String[] {
            CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE, CloudEventHeaders.COUNCIL
        }) {
            header(record, name).ifPresent(value -> meta.put(name, value));
        }
        meta.put(TOPIC, record.topic());
        meta.put(PARTITION, record.partition());
        meta.put(OFFSET, record.offset());
        meta.put(KEY, sequenceOf(record));
        return GenericEventMessage.<String>asEventMessage(record.value() == null ? "" : record.value())
                .andMetaData(meta);
    }

    private static boolean isConcurrentAppend(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private boolean firstDelivery(String consumer, String ceId, String ceType) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO inbox (consumer, ce_id, ce_type, received_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, consumer);
            insert.setString(2, ceId);
            insert.setString(3, ceType);
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record " + ceId + " in the inbox", e);
        }
    }

    /** Inserts the batch's inbox rows in one statement; the ce_ids not seen before. */
    private Set<String> firstDeliveries(String consumer, List<ConsumerRecord<String, String>> batch) {
        String[] ceIds = new String[batch.size()];
        String[] ceTypes = new String[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            ceIds[i] = header(batch.get(i), CloudEventHeaders.ID).orElseThrow();
            ceTypes[i] = header(batch.get(i), CloudEventHeaders.TYPE).orElse(null);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO inbox (consumer, ce_id, ce_type, received_at)"
                                + " SELECT ?, delivered.ce_id, delivered.ce_type, ?"
                                + " FROM unnest(?::text[], ?::text[]) AS delivered (ce_id, ce_type)"
                                + " ON CONFLICT DO NOTHING RETURNING ce_id")) {
            insert.setString(1, consumer);
            insert.setTimestamp(2, Timestamp.from(clock.instant()));
            insert.setArray(3, connection.createArrayOf("text", ceIds));
            insert.setArray(4, connection.createArrayOf("text", ceTypes));
            Set<String> first = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    first.add(rows.getString(1));
                }
            }
            return first;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record a batch of " + batch.size() + " in the inbox", e);
        }
    }

    /** The batch's families that have a parked event for this consumer: one query, not one per record. */
    private Set<String> parkedSequences(String consumer, List<ConsumerRecord<String, String>> batch) {
        String[] sequences = batch.stream().map(Inbox::sequenceOf).distinct().toArray(String[]::new);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT DISTINCT sequence_identifier FROM dead_letter_entry"
                                + " WHERE processing_group = ? AND sequence_identifier = ANY (?)")) {
            select.setString(1, parkingGroup(consumer));
            select.setArray(2, connection.createArrayOf("text", sequences));
            Set<String> parked = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    parked.add(rows.getString(1));
                }
            }
            return parked;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the parked events of " + consumer, e);
        }
    }

    private IntegrationEvent decode(String value, EventType type) {
        try {
            return json.readValue(value, type.eventClass());
        } catch (JsonProcessingException e) {
            throw new UnhandledRecord("its " + type.ceType() + " payload is unreadable: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new UnhandledRecord("its " + type.ceType() + " payload is unreadable: " + e.getMessage());
        }
    }

    private static String describe(ConsumerRecord<String, String> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** A record that no retry can help: parked at once. */
    static final class UnhandledRecord extends RuntimeException {
        UnhandledRecord(String why) {
            super("The record cannot be handled: " + why);
        }
    }
}
