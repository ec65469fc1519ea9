package uk.earlyhelp.platform.axon;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionManager;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, waking its readers (the event processors) when new events are committed rather than
 * when Axon's unit of work ends. The two differ when the unit of work joins a transaction someone else owns (a Kafka
 * consumer's, which also holds its inbox row): Axon's notification then comes before the commit, the readers find
 * nothing yet and sleep until their next poll, so every hop of the pipeline waited out the fetch delay. Here the
 * notification waits for the JTA transaction to commit (a {@link Synchronization}), and is dropped if it rolls back.
 *
 * <p>Axon's pooled processors read through a stream that cannot call them back, so they look for new events every 500
 * ms whatever happens: each stream here is a {@link WakingEventStream}, woken soon after a commit (at most once per
 * {@code wakeInterval}) and every {@code tick} for what other instances append.
 */
final class CommittedEventsEventStore extends EmbeddedEventStore {

    /**
     * When a reader looks after a commit: the store's producer reads the committed events on a thread of its own,
     * in a few milliseconds, or more on a busy machine; a reader that looks too early finds nothing and would wait for
     * the next tick.
     */
    private static final long[] LOOKS_NANOS = {
        TimeUnit.MILLISECONDS.toNanos(3),
        TimeUnit.MILLISECONDS.toNanos(15),
        TimeUnit.MILLISECONDS.toNanos(50),
        TimeUnit.MILLISECONDS.toNanos(120)
    };

    private final TransactionManager jta;
    private final Set<WakingEventStream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService wakeUps = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-store-wake-ups");
        thread.setDaemon(true);
        return thread;
    });
    private final long wakeIntervalNanos;

    CommittedEventsEventStore(Builder builder, TransactionManager jta, Duration wakeInterval, Duration tick) {
        super(builder);
        this.jta = jta;
        this.wakeIntervalNanos = wakeInterval.toNanos();
        wakeUps.scheduleWithFixedDelay(
                () -> streams.forEach(WakingEventStream::tick), tick.toNanos(), tick.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        WakingEventStream stream =
                new WakingEventStream(super.openStream(trackingToken), wakeUps, LOOKS_NANOS, wakeIntervalNanos) {
                    @Override
                    public void close() {
                        streams.remove(this);
                        super.close();
                    }
                };
        streams.add(stream);
        return stream;
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        try {
            if (jta.getStatus() == Status.STATUS_ACTIVE) {
                jta.getTransaction().registerSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        // Nothing to do before the commit.
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            notifyReaders(events);
                        }
                    }
                });
                return;
            }
        } catch (Exception e) {
            // The transaction is ending and takes no synchronization: tell the readers now, as Axon would; at worst
            // they find nothing new and look again.
        }
        notifyReaders(events);
    }

    @Override
    public void shutDown() {
        wakeUps.shutdownNow();
        super.shutDown();
    }

    private void notifyReaders(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
        streams.forEach(WakingEventStream::committed);
    }
}
