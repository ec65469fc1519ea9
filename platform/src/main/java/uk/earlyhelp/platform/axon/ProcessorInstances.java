package uk.earlyhelp.platform.axon;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The instances of this service that are running now, so that each claims a fair share of every event processor's
 * segments: Axon's pooled processor claims every free segment it sees, and without a limit the first instance to
 * start would hold them all while a second one stood by. Each instance says it is alive every few seconds in its
 * database ({@code processor_instance}); one that has not for a while is gone, and the others take its segments.
 */
final class ProcessorInstances {

    private static final Logger LOG = Logger.getLogger(ProcessorInstances.class);
    static final Duration HEARTBEAT = Duration.ofSeconds(3);
    /** An instance silent for this long is taken as gone (after a crash; a clean stop says so at once). */
    static final Duration GONE_AFTER = Duration.ofSeconds(15);

    private final DataSource dataSource;
    private final String nodeId = ManagementFactory.getRuntimeMXBean().getName();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "processor-instances");
        thread.setDaemon(true);
        return thread;
    });
    private volatile int running = 1;

    ProcessorInstances(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void start() {
        beat();
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() {
        heartbeat.shutdownNow();
        execute("DELETE FROM processor_instance WHERE node_id = ?", nodeId);
    }

    /** How many segments of a processor with {@code segments} this instance may claim now. */
    int share(int segments) {
        return share(segments, running);
    }

    /** An even share, rounded up so that every segment is claimed by someone. */
    static int share(int segments, int instances) {
        return Math.max(1, (segments + Math.max(1, instances) - 1) / Math.max(1, instances));
    }

    private void beat() {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO processor_instance (node_id, seen_at) VALUES (?, clock_timestamp())"
                            + " ON CONFLICT (node_id) DO UPDATE SET seen_at = excluded.seen_at")) {
                upsert.setString(1, nodeId);
                upsert.executeUpdate();
            }
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM processor_instance"
                    + " WHERE seen_at > clock_timestamp() - make_interval(secs => ?)")) {
                count.setDouble(1, GONE_AFTER.toSeconds());
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    running = Math.max(1, rows.getInt(1));
                }
            }
        } catch (SQLException | RuntimeException e) {
            // The database away: keep the last count; the processors themselves report the outage.
            LOG.debugf(e, "Could not record this instance as running");
        }
    }

    private void execute(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.debugf(e, "Could not run %s", sql);
        }
    }
}
