package uk.earlyhelp.platform.testing;

import static org.awaitility.Awaitility.await;

import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import uk.earlyhelp.platform.axon.AxonRuntime;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * Replays a projection from the start of the event store into emptied tables, for tests that its writes, batched
 * with the processor's batch ({@code BatchedWrites}), leave the rows that handling the events as they came wrote: a
 * replay's batches hold many events of one family.
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
