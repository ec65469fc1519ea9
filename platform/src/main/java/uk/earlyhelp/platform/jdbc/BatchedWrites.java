package uk.earlyhelp.platform.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jboss.logging.Logger;

/**
 * A projection's writes, sent as JDBC batches when its event processor's batch is about to commit instead of one
 * round trip per statement: a batch of a hundred events costs a few round trips, not a hundred and fifty, which is
 * what limited a projection's rebuild (docs/operations.md, "Running at scale").
 *
 * <p>Batching reorders statements, so each says how much order it needs:
 *
 * <ul>
 *   <li>{@link #insert}: adds a row that no other statement of the processor batch reads or changes (an
 *       {@code INSERT ... ON CONFLICT DO NOTHING} keyed by the event): sent in any order.
 *   <li>{@link #inOrder}: changes rows of one key only (a family's case row and goals), where the order of the
 *       key's statements matters: each key's statements go in the order given, in rounds (every key's first pending
 *       statement, then every key's second...), each round's statements batched by their SQL. Statements of
 *       different keys must touch different rows, so a round's order among them does not matter.
 * </ul>
 *
 * <p>A handler that reads what its batch may have written calls {@link #flush()} first, or keeps what it wrote in
 * {@link #batchState}, which lasts as long as the batch. Outside an event processor's batch (no unit of work) every
 * statement is sent at once.
 *
 * <p>A failing statement fails its whole processor batch at commit, where no single event is to blame, so the
 * processor could only retry the batch for ever. After a failed flush, therefore, every statement is sent at once
 * for a while ({@code DIRECT_AFTER_FAILURE}): the batch is retried with its statements in its handlers, the event
 * at fault fails in its own handler, and it is parked like any other.
 */
@ApplicationScoped
public class BatchedWrites {

    private static final Logger LOG = Logger.getLogger(BatchedWrites.class);
    private static final String PENDING = BatchedWrites.class.getName() + ".pending";
    private static final Duration DIRECT_AFTER_FAILURE = Duration.ofMinutes(1);

    @Inject
    DataSource dataSource;

    @Inject
    Jdbc jdbc;

    private final Clock clock = Clock.systemUTC();
    private volatile Instant directUntil = Instant.MIN;

    private record Statement(String sql, Object[] parameters) {}

    /** The statements of one processor batch still to be sent. */
    private static final class Pending {
        final List<Statement> unordered = new ArrayList<>();
        final Map<String, ArrayDeque<Statement>> byKey = new LinkedHashMap<>();

        boolean isEmpty() {
            return unordered.isEmpty() && byKey.isEmpty();
        }
    }

    /** A row that nothing else in the processor batch reads or changes: sent with the batch, in any order. */
    public void insert(String sql, Object... parameters) {
        Pending pending = pending();
        if (pending == null) {
            jdbc.update(sql, parameters);
        } else {
            pending.unordered.add(new Statement(sql, parameters));
        }
    }

    /** A change to {@code key}'s rows only: sent with the batch, after the key's earlier statements. */
    public void inOrder(String key, String sql, Object... parameters) {
        Pending pending = pending();
        if (pending == null) {
            jdbc.update(sql, parameters);
        } else {
            pending.byKey.computeIfAbsent(key, k -> new ArrayDeque<>()).add(new Statement(sql, parameters));
        }
    }

    /**
     * A map the current processor batch keeps under {@code name}, for a handler that reads a row, changes it and reads
     * it again later in the batch (its write still pending): it keeps the row as changed here and reads it once. Gone
     * with the batch, committed or rolled back; outside a batch, a new empty map each time.
     */
    public <V> Map<String, V> batchState(String name) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        return CurrentUnitOfWork.get()
                .root()
                .getOrComputeResource(PENDING + "." + name, key -> new HashMap<String, V>());
    }

    /** Sends the processor batch's pending statements now, before a read of what they write. */
    public void flush() {
        if (CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().root().getResource(PENDING) instanceof Pending pending) {
            send(pending);
        }
    }

    /** The current processor batch's pending statements, or null where statements are to be sent at once. */
    private Pending pending() {
        if (!CurrentUnitOfWork.isStarted() || clock.instant().isBefore(directUntil)) {
            return null;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING, key -> {
            Pending created = new Pending();
            batch.onPrepareCommit(unitOfWork -> send(created));
            return created;
        });
    }

    private void send(Pending pending) {
        if (pending.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, pending.unordered);
            pending.unordered.clear();
            while (!pending.byKey.isEmpty()) {
                List<Statement> round = new ArrayList<>(pending.byKey.size());
                for (Iterator<ArrayDeque<Statement>> keys =
                                pending.byKey.values().iterator();
                        keys.hasNext(); ) {
                    ArrayDeque<Statement> statements = keys.next();
                    round.add(statements.poll());
                    if (statements.isEmpty()) {
                        keys.remove();
                    }
                }
                execute(connection, round);
            }
        } catch (SQLException | RuntimeException e) {
            directUntil = clock.instant().plus(DIRECT_AFTER_FAILURE);
            LOG.warnf(
                    "A batch of projection writes failed (%s); statements go one at a time until %s, so that the"
                            + " event at fault fails on its own",
                    e.getMessage(), directUntil);
            throw new IllegalStateException("Batched projection writes failed: " + e.getMessage(), e);
        }
    }

    /** Sends the statements as one JDBC batch per SQL text, in the order each text first appears. */
    private static void execute(Connection connection, List<Statement> statements) throws SQLException {
        Map<String, List<Object[]>> bySql = new LinkedHashMap<>();
        for (Statement statement : statements) {
            bySql.computeIfAbsent(statement.sql(), sql -> new ArrayList<>()).add(statement.parameters());
        }
        for (Map.Entry<String, List<Object[]>> sql : bySql.entrySet()) {
            try (PreparedStatement prepared = connection.prepareStatement(sql.getKey())) {
                for (Object[] parameters : sql.getValue()) {
                    Jdbc.bind(connection, prepared, parameters);
                    prepared.addBatch();
                }
                prepared.executeBatch();
            }
        }
    }
}
