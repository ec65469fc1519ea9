package uk.earlyhelp.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jboss.logging.Logger;
import uk.earlyhelp.contracts.CloudEventHeaders;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.IntegrationEvent;

/**
 * De-duplicates incoming Kafka records on {@code ce_id}. Each record is handled in a transaction of its
 * own: the inbox row and the consumer's effect (a command's events, a read-model row) commit or roll back
 * together, so a record redelivered after a crash or replayed from the start changes nothing. When two
 * consumers of one service append to the same aggregate at once, the loser's whole transaction is retried.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final int MAX_ATTEMPTS = 5;

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    Inbox(DataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        // Tolerant reading: a producer may add fields to a v1 event (a compatible change) before we know them.
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.clock = clock;
    }

    /**
     * Hands the record's event to {@code handler}, in a new transaction, unless {@code consumer} has
     * handled its {@code ce_id} before. Records of a type these contracts do not know, and records that
     * cannot be read, are recorded and skipped: one bad record must not stop a family's stream.
     */
    public void receive(String consumer, ConsumerRecord<String, String> record, Consumer<IntegrationEvent> handler) {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> receiveOnce(consumer, record, handler));
                return;
            } catch (RuntimeException e) {
                if (attempt == MAX_ATTEMPTS || !isConcurrentAppend(e)) {
                    throw e;
                }
                LOG.debugf("Concurrent append while handling %s; retrying", record);
                pause(Duration.ofMillis(20L * attempt));
            }
        }
    }

    private void receiveOnce(
            String consumer, ConsumerRecord<String, String> record, Consumer<IntegrationEvent> handler) {
        Optional<String> ceId = header(record, CloudEventHeaders.ID);
        if (ceId.isEmpty()) {
            LOG.warnf(
                    "Skipping a record without %s on %s-%d@%d",
                    CloudEventHeaders.ID, record.topic(), record.partition(), record.offset());
            return;
        }
        String ceType = header(record, CloudEventHeaders.TYPE).orElse(null);
        if (!firstDelivery(consumer, ceId.get(), ceType)) {
            return;
        }
        Optional<EventType> type = Optional.ofNullable(ceType).flatMap(EventType::ofCeType);
        if (type.isEmpty()) {
            LOG.debugf("Skipping %s of unknown type %s", ceId.get(), ceType);
            return;
        }
        Optional<IntegrationEvent> event = decode(record, type.get());
        event.ifPresent(handler);
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

    private Optional<IntegrationEvent> decode(ConsumerRecord<String, String> record, EventType type) {
        try {
            return Optional.of(json.readValue(record.value(), type.eventClass()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.errorf(
                    e,
                    "Skipping an unreadable %s record at %s-%d@%d",
                    type.ceType(),
                    record.topic(),
                    record.partition(),
                    record.offset());
            return Optional.empty();
        }
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
