package uk.earlyhelp.platform.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;

/**
 * {@link BatchedWrites} against PostgreSQL, in an Axon unit of work over one connection as an event processor's batch
 * runs in production (there the JTA transaction gives every statement the same connection).
 */
class BatchedWritesTest {

    private Connection connection;
    private BatchedWrites writes;
    private Jdbc jdbc;

    @BeforeEach
    void connect() throws SQLException {
        connection = DriverManager.getConnection(EarlyHelpTestResource.jdbcUrl("postgres"), "postgres", "");
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE family (family_id text PRIMARY KEY, stage text, changes text)");
            statement.execute(
                    "CREATE TEMP TABLE entry (family_id text, sequence int, PRIMARY KEY (family_id, sequence))");
        }
        connection.commit();
        // Every getConnection() is this one connection, and closing it leaves it open, as within a JTA transaction.
        DataSource dataSource = (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return Proxy.newProxyInstance(
                            getClass().getClassLoader(),
                            new Class<?>[] {Connection.class},
                            (p, m, a) -> m.getName().equals("close") ? null : m.invoke(connection, a));
                });
        jdbc = new Jdbc();
        jdbc.dataSource = dataSource;
        writes = new BatchedWrites();
        writes.dataSource = dataSource;
        writes.jdbc = jdbc;
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void aFamilysChangesKeepTheirOrderWhileAllFamiliesGoInBatchesAtCommit() {
        inBatch(() -> {
            for (String family : List.of("f1", "f2", "f3")) {
                writes.inOrder(family, "INSERT INTO family VALUES (?, 'REFERRED', '')", family);
                writes.insert("INSERT INTO entry VALUES (?, 1) ON CONFLICT DO NOTHING", family);
            }
            change("f1", "CLOSED", "c");
            change("f2", "ATTACHED", "a");
            change("f1", "REOPENED", "r");
            change("f1", "CLOSED", "c");
            writes.insert("INSERT INTO entry VALUES (?, 2) ON CONFLICT DO NOTHING", "f1");
            // Nothing has been sent yet: it all goes as the batch commits.
            assertEquals(List.of(), rows("SELECT family_id FROM family"));
        });
        assertEquals(
                List.of("f1 CLOSED crc", "f2 ATTACHED a", "f3 REFERRED "),
                rows("SELECT family_id || ' ' || stage || ' ' || changes FROM family ORDER BY family_id"));
        assertEquals(4, rows("SELECT family_id FROM entry").size());
    }

    @Test
    void aFlushSendsTheBatchsStatementsBeforeAHandlerReadsThem() {
        inBatch(() -> {
            writes.inOrder("f1", "INSERT INTO family VALUES (?, 'REFERRED', '')", "f1");
            writes.insert("INSERT INTO entry VALUES (?, 1)", "f1");
            writes.flush();
            assertEquals(List.of("f1"), rows("SELECT family_id FROM entry"));
            writes.insert("INSERT INTO entry VALUES (?, 2)", "f1");
        });
        assertEquals(List.of("1", "2"), rows("SELECT sequence::text FROM entry ORDER BY sequence"));
    }

    @Test
    void aFailingStatementRollsTheBatchBackAndItsRetrySendsEachStatementInItsHandler() {
        Runnable batch = () -> {
            writes.insert("INSERT INTO entry VALUES (?, 1)", "f1");
            writes.inOrder("f1", "INSERT INTO family VALUES (?, 'REFERRED', '')", "f1");
            // A second row for the same family: the primary key refuses it.
            writes.inOrder("f1", "INSERT INTO family VALUES (?, 'CLOSED', '')", "f1");
        };
        RuntimeException atCommit = assertThrows(RuntimeException.class, () -> inBatch(batch));
        assertTrue(messages(atCommit).contains("Batched projection writes failed"), messages(atCommit));
        assertEquals(List.of(), rows("SELECT family_id FROM entry"));
        assertEquals(List.of(), rows("SELECT family_id FROM family"));

        // The retry fails in the statement's own handler call, where the event at fault can be parked.
        RuntimeException inHandler = assertThrows(
                RuntimeException.class,
                () -> inBatch(() -> {
                    writes.insert("INSERT INTO entry VALUES (?, 1)", "f1");
                    writes.inOrder("f1", "INSERT INTO family VALUES (?, 'REFERRED', '')", "f1");
                    assertEquals(List.of("f1"), rows("SELECT family_id FROM family"));
                    writes.inOrder("f1", "INSERT INTO family VALUES (?, 'CLOSED', '')", "f1");
                }));
        assertTrue(messages(inHandler).startsWith("SQL failed"), messages(inHandler));
        assertEquals(List.of(), rows("SELECT family_id FROM family"));
    }

    @Test
    void outsideAnEventProcessorsBatchEachStatementIsSentAtOnce() {
        writes.insert("INSERT INTO entry VALUES (?, 1)", "f1");
        writes.inOrder("f1", "INSERT INTO family VALUES (?, 'REFERRED', '')", "f1");
        assertEquals(List.of("f1"), rows("SELECT family_id FROM family"));
        assertEquals(List.of("f1"), rows("SELECT family_id FROM entry"));
    }

    @Test
    void aBatchsStateLastsAsLongAsTheBatchAndOutsideOneIsNeverKept() {
        List<Map<String, String>> seen = new ArrayList<>();
        inBatch(() -> {
            writes.<String>batchState("facts").put("f1", "eligible");
            seen.add(writes.batchState("facts"));
            seen.add(writes.batchState("other"));
        });
        inBatch(() -> seen.add(writes.batchState("facts")));

        assertEquals(Map.of("f1", "eligible"), seen.get(0), "the batch's map, as a handler left it");
        assertEquals(Map.of(), seen.get(1), "another name, another map");
        assertEquals(Map.of(), seen.get(2), "the next batch starts empty");
        writes.<String>batchState("facts").put("f1", "eligible");
        assertEquals(Map.of(), writes.batchState("facts"), "outside a batch nothing is kept");
    }

    /** Moves {@code family} to {@code stage}, appending {@code mark} to its changes, in order with its other writes. */
    private void change(String family, String stage, String mark) {
        writes.inOrder(
                family, "UPDATE family SET stage = ?, changes = changes || ? WHERE family_id = ?", stage, mark, family);
    }

    /** Runs {@code handlers} as one event processor batch: a unit of work in a transaction on the connection. */
    private void inBatch(Runnable handlers) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));
        TransactionManager onTheConnection = () -> new Transaction() {
            @Override
            public void commit() {
                sql(connection::commit);
            }

            @Override
            public void rollback() {
                sql(connection::rollback);
            }
        };
        unitOfWork.attachTransaction(onTheConnection);
        try {
            handlers.run();
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
        unitOfWork.commit();
    }

    private List<String> rows(String sql) {
        return jdbc.query(sql, row -> row.getString(1));
    }

    private static String messages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append(" / ");
        }
        return messages.toString();
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void sql(SqlAction action) {
        try {
            action.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
