package uk.earlyhelp.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import uk.earlyhelp.contracts.CloudEventHeaders;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.IntegrationEvent;

/**
 * De-duplicates incoming Kafka records on {@code ce_id}. Called inside the consumer's transaction: the
 * inbox row and the consumer's own effect (a command's events, a read-model row) commit or roll back
 * together, so a record redelivered after a crash or replayed from the start changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    Inbox(DataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Hands the record's event to {@code handler} unless {@code consumer} has handled its {@code ce_id}
     * before. Records of a type these contracts do not know are recorded and skipped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(String consumer, ConsumerRecord<String, String> record, Consumer<IntegrationEvent> handler) {
        Optional<String> ceId = header(record, CloudEventHeaders.ID);
        if (ceId.isEmpty()) {
            LOG.warnf("Skipping a record without %s on %s-%d@%d", CloudEventHeaders.ID, record.topic(), record.partition(),
                    record.offset());
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
        handler.accept(decode(record.value(), type.get()));
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

    private IntegrationEvent decode(String value, EventType type) {
        try {
            return json.readValue(value, type.eventClass());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Malformed " + type.ceType() + " record", e);
        }
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
