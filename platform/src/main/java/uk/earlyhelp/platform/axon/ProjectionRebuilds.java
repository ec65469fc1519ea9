package uk.earlyhelp.platform.axon;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.parked.FamilySequencing;

/**
 * Rebuilds a projection from the event store into fresh tables while the live ones keep answering, then swaps them
 * in. A second processor ({@code <group>-rebuild}) replays every event through the projection's own handlers inside
 * a schema of its own ({@code SET LOCAL search_path}), so the same SQL fills copies of the tables. The replay is split
 * into segments handled in parallel, a family always in the same one ({@code earlyhelp.projection-rebuild.segments},
 * for projections whose handlers touch one family at a time): one thread replaying alone left a core idle while it
 * waited for PostgreSQL (bench/RESULTS.md). Once it has caught up with the store, its segments are merged back into
 * one (Axon's segment merge), the live processor stops, the replay goes on to the store's head as it was then, and
 * one transaction moves the live tables out, the rebuilt ones in, and gives the live processor the rebuild's position;
 * the live processor then goes on from there.
 * Readers wait a moment on the table locks during the swap and never see a half-filled table.
 *
 * <p>The swap needs this instance to hold the live processor's claim; if another instance holds it, the rebuild is
 * refused up front ({@link ProcessorBusy}) and, should that happen later, the swap waits for the claim.
 */
@ApplicationScoped
public class ProjectionRebuilds {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuilds.class);
    private static final long POLL_MILLIS = 200;
    // Larger than the live processors' batches: the replay writes tables no one reads yet, so a longer transaction
    // holds nothing up, and each batch's commit and token update are shared by more events.
    static final int REPLAY_BATCH_SIZE = 500;

    /** Where a rebuild stands; {@code error} says why it is not moving, when it is not. */
    public record Status(String processor, State state, Instant since, String error) {}

    public enum State {
        REBUILDING,
        SWAPPED,
        STALLED
    }

    @Inject
    AxonRuntime axon;

    @Inject
    Jdbc jdbc;

    @Inject
    Clock clock;

    /** Segments a rebuild replays in parallel; 1 replays in one thread. */
    @ConfigProperty(name = "earlyhelp.projection-rebuild.segments", defaultValue = "2")
    int segments;

    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService monitor =
            Executors.newSingleThreadScheduledExecutor(named("projection-rebuilds"));

    /**
     * Starts rebuilding {@code processingGroup}'s {@code tables} with {@code handler}, the projection's event handler
     * (stateless: the live processor keeps using it too). A rebuild already under way is started again from scratch.
     */
    public synchronized Status start(String processingGroup, Object handler, Collection<String> tables) {
        requireClaimHere(processingGroup);
        Optional.ofNullable(rebuilds.remove(processingGroup)).ifPresent(Rebuild::abandon);
        Rebuild rebuild = new Rebuild(processingGroup, handler, List.copyOf(tables));
        rebuilds.put(processingGroup, rebuild);
        rebuild.begin();
        return rebuild.status;
    }

    /** The latest rebuild of {@code processingGroup} since this instance started, if any. */
    public Optional<Status> status(String processingGroup) {
        return Optional.ofNullable(rebuilds.get(processingGroup)).map(rebuild -> rebuild.status);
    }

    @PreDestroy
    void stop() {
        monitor.shutdownNow();
        rebuilds.values().forEach(Rebuild::stopReplay);
    }

    private void requireClaimHere(String processingGroup) {
        jdbc.queryOne(
                        "SELECT owner FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL",
                        row -> row.getString("owner"),
                        processingGroup)
                .filter(owner -> !owner.equals(nodeId()))
                .ifPresent(owner -> {
                    throw new ProcessorBusy(processingGroup);
                });
    }

    /** The name Axon's token store claims tokens under for this JVM (its default node id). */
    private static String nodeId() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    private final class Rebuild {

        private final String group;
        private final String processorName;
        private final String schema;
        private final Object handler;
        private final List<String> tables;
        private final String liveSchema;
        private volatile Status status;
        private final ScheduledExecutorService coordinator;
        private final ScheduledExecutorService workers;
        private volatile PooledStreamingEventProcessor replay;
        /** A merge of two of the replay's segments under way, once it has caught up. */
        private volatile CompletableFuture<Boolean> merging;

        private volatile ScheduledFuture<?> watch;
        /** The store's head when the live processor stopped for the swap; null while it runs. */
        private volatile Long liveStoppedAt;

        Rebuild(String group, Object handler, List<String> tables) {
            this.group = group;
            this.processorName = group + "-rebuild";
            this.schema = "rebuild_" + group.replaceAll("[^A-Za-z0-9]", "_");
            this.handler = handler;
            this.tables = tables;
            this.liveSchema = jdbc.queryOne("SELECT current_schema()", row -> row.getString(1))
                    .orElseThrow();
            this.status = new Status(group, State.REBUILDING, clock.instant(), null);
            this.coordinator = Executors.newSingleThreadScheduledExecutor(named(processorName + "-coordinator"));
            this.workers = Executors.newScheduledThreadPool(segments, named(processorName + "-worker"));
        }

        void begin() {
            QuarkusTransaction.requiringNew().run(() -> {
                jdbc.update("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                jdbc.update("CREATE SCHEMA " + schema);
                for (String table : tables) {
                    jdbc.update("CREATE TABLE " + schema + "." + table + " (LIKE " + table + " INCLUDING ALL)");
                }
                jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", processorName);
            });
            replay = replayProcessor();
            replay.start();
            watch = monitor.scheduleWithFixedDelay(this::check, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        }

        /** The projection's handlers, fed from the first event, writing into this rebuild's schema. */
        private PooledStreamingEventProcessor replayProcessor() {
            TransactionManager transactions = axon.transactionManager();
            TransactionManager inRebuildSchema = () -> {
                var transaction = transactions.startTransaction();
                jdbc.update("SET LOCAL search_path TO " + schema + ", " + liveSchema);
                return transaction;
            };
            return PooledStreamingEventProcessor.builder()
                    .name(processorName)
                    .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                            .eventHandlers(handler)
                            .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                            .sequencingPolicy(new FamilySequencing())
                            .build())
                    .messageSource(axon.configuration().eventStore())
                    .tokenStore(
                            axon.configuration().eventProcessingConfiguration().tokenStore(group))
                    .transactionManager(inRebuildSchema)
                    .coordinatorExecutor(coordinator)
                    .workerExecutor(workers)
                    .initialSegmentCount(segments)
                    .batchSize(REPLAY_BATCH_SIZE)
                    .initialToken(StreamableMessageSource::createTailToken)
                    .build();
        }

        private void check() {
            try {
                Map<Integer, EventTrackerStatus> progress = replay.processingStatus();
                Optional<Throwable> error = progress.values().stream()
                        .filter(EventTrackerStatus::isErrorState)
                        .map(EventTrackerStatus::getError)
                        .findFirst();
                if (error.isPresent()) {
                    stalled(String.valueOf(error.get().getMessage()));
                } else if (progress.size() != storedSegments()
                        || !progress.values().stream().allMatch(EventTrackerStatus::isCaughtUp)
                        || (merging != null && !merging.isDone())) {
                    // Behind, or between the claims of a merge: the status shows only the segments claimed now.
                    return;
                } else if (progress.size() > 1) {
                    mergeTwoSegments(progress);
                } else if (liveStoppedAt == null) {
                    stopLive();
                } else if (progress.values().stream()
                        .allMatch(tracker -> tracker.getCurrentPosition().orElse(-1) >= liveStoppedAt)) {
                    swap();
                }
            } catch (RuntimeException unexpected) {
                LOG.errorf(unexpected, "Rebuild of %s failed; the live tables are untouched", group);
                stalled(unexpected.getMessage());
                abandon();
            }
        }

        /**
         * Caught up: the segments are merged pairwise until one is left, whose token the live processor (one
         * segment) can take over. A merge the processor cannot make yet (a segment not claimed again since the last
         * one) is asked for again at the next check.
         */
        private void mergeTwoSegments(Map<Integer, EventTrackerStatus> progress) {
            progress.values().stream()
                    .map(EventTrackerStatus::getSegment)
                    .filter(segment -> Optional.ofNullable(progress.get(segment.mergeableSegmentId()))
                            .filter(sibling -> sibling.getSegment().getSegmentId() != segment.getSegmentId())
                            .filter(sibling -> sibling.getSegment().getMask() == segment.getMask())
                            .isPresent())
                    .findFirst()
                    .ifPresent(segment -> merging = replay.mergeSegment(segment.getSegmentId()));
        }

        /** The replay's segments in the token store, claimed or not. */
        private int storedSegments() {
            return jdbc.queryOne(
                            "SELECT count(*) FROM token_entry WHERE processor_name = ?",
                            row -> row.getInt(1),
                            processorName)
                    .orElse(0);
        }

        private void stalled(String why) {
            if (status.state() != State.STALLED || !why.equals(status.error())) {
                LOG.warnf("Rebuild of %s is stalled: %s", group, why);
                status = new Status(group, State.STALLED, clock.instant(), why);
            }
        }

        /**
         * The replay has caught up: the live processor stops here, so that the live tables stop moving, and the
         * replay goes on to the store's head as it stands now. Swapped in after that, the rebuilt tables are never
         * behind what readers already saw. Meanwhile readers see the live tables as they were, and commands go on.
         */
        private void stopLive() {
            axon.processor(group).shutDown();
            liveStoppedAt = jdbc.queryOne(
                            "SELECT coalesce(max(global_index), -1) FROM domain_event_entry", row -> row.getLong(1))
                    .orElse(-1L);
        }

        private void swap() {
            StreamingEventProcessor live = axon.processor(group);
            replay.shutDown();
            boolean swapped;
            try {
                swapped = QuarkusTransaction.requiringNew().call(this::swapTablesAndTokens);
            } finally {
                live.start();
            }
            if (!swapped) {
                stalled("The live processor is held by another instance; the swap waits for its claim.");
                liveStoppedAt = null;
                replay.start();
                return;
            }
            watch.cancel(false);
            stopThreads();
            status = new Status(group, State.SWAPPED, clock.instant(), null);
            LOG.infof("Rebuilt %s and swapped in its tables %s", group, tables);
        }

        /** One transaction: live tables out, rebuilt ones in, the rebuild's position handed to the live processor. */
        private boolean swapTablesAndTokens() {
            String live = liveSchema;
            boolean heldElsewhere = jdbc.queryOne(
                            "SELECT owner FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL FOR UPDATE",
                            row -> row.getString("owner"),
                            group)
                    .isPresent();
            if (heldElsewhere) {
                return false;
            }
            String retired = schema + "_retired";
            jdbc.update("DROP SCHEMA IF EXISTS " + retired + " CASCADE");
            jdbc.update("CREATE SCHEMA " + retired);
            for (String table : tables) {
                jdbc.update("ALTER TABLE " + live + "." + table + " SET SCHEMA " + retired);
                jdbc.update("ALTER TABLE " + schema + "." + table + " SET SCHEMA " + live);
            }
            jdbc.update("DROP SCHEMA " + retired + " CASCADE");
            jdbc.update("DROP SCHEMA " + schema + " CASCADE");
            jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", group);
            jdbc.update(
                    "UPDATE token_entry SET processor_name = ?, owner = NULL WHERE processor_name = ?",
                    group,
                    processorName);
            return true;
        }

        /** The service is stopping: only the replay, which Axon does not know of, needs stopping here. */
        void stopReplay() {
            Optional.ofNullable(watch).ifPresent(future -> future.cancel(false));
            Optional.ofNullable(replay).ifPresent(PooledStreamingEventProcessor::shutDown);
            stopThreads();
        }

        private void stopThreads() {
            coordinator.shutdownNow();
            workers.shutdownNow();
        }

        /** Given up (failed, or replaced by a new rebuild): the live processor runs on its own tables again. */
        void abandon() {
            stopReplay();
            if (liveStoppedAt != null) {
                axon.processor(group).start();
                liveStoppedAt = null;
            }
        }
    }

    private static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The processor's token is claimed by another (or a just-killed) instance. */
    public static final class ProcessorBusy extends RuntimeException {
        ProcessorBusy(String processingGroup) {
            super("The " + processingGroup + " projection is held by another instance (or one that has just"
                    + " stopped, until its claim times out); nothing was started. Try again in a few seconds.");
        }
    }
}
