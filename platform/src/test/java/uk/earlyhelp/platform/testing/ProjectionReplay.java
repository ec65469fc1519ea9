package uk.earlyhelp.platform.testing;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import uk.earlyhelp.platform.axon.AxonRuntime;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * For tests that a projection's writes, batched with its processor's batch ({@code BatchedWrites}), leave the rows
 * that handling the events one at a time leaves: handlers run as one batch, or the projection replayed from the start
 * of the event store into emptied tables (a replay's batches hold many events of one family).
 */
public final class ProjectionReplay {

    private final Jdbc jdbc;
    private final AxonRuntime axon;
    private final List<String> processingGroups;

    public ProjectionReplay(Jdbc jdbc, AxonRuntime axon, String... processingGroups) {
        this.jdbc = jdbc;
        this.axon = axon;
        this.processingGroups = List.of(processingGroups);
    }

    /** Runs {@code handlers} as an event processor runs a batch: in one unit of work, in one transaction. */
    public static void inOneProcessorBatch(Runnable handlers) {
        QuarkusTransaction.requiringNew()
                .run(() -> DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"))
                        .execute(handlers));
    }

    /** Waits until every processor has handled every event stored so far. */
    public void awaitCaughtUp() {
        long head = jdbc.queryOne("SELECT max(global_index) FROM domain_event_entry", row -> row.getLong(1))
                .orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> processingGroups.stream()
                .map(axon::processor)
                .allMatch(processor -> !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream()
                                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head)));
    }

    /** Stops the processors, runs {@code emptyTables}, replays every event into them and waits until it has. */
    public void replayInto(Runnable emptyTables) {
        for (String group : processingGroups) {
            axon.processor(group).shutDown();
        }
        emptyTables.run();
        for (String group : processingGroups) {
            StreamingEventProcessor processor = axon.processor(group);
            processor.resetTokens(StreamableMessageSource::createTailToken);
            processor.start();
        }
        awaitCaughtUp();
    }

    /** Each row {@code sql} answers, as its columns' names and values, but for the columns {@code leftOut}. */
    public List<String> rows(String sql, Set<String> leftOut) {
        return jdbc.query(sql, row -> {
            ResultSetMetaData meta = row.getMetaData();
            List<String> values = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                if (!leftOut.contains(meta.getColumnName(c))) {
                    values.add(meta.getColumnName(c) + "=" + row.getString(c));
                }
            }
            return String.join("|", values);
        });
    }
}
