package uk.earlyhelp.platform.axon;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;

/**
 * An event store stream that tells its reader (a pooled streaming processor's coordinator) when there may be new
 * events, so that it need not look every 500 ms, which is what Axon's pooled processor does with a stream that cannot
 * call back. It is told twice over ({@link CommittedEventsEventStore}):
 *
 * <ul>
 *   <li>soon after this instance commits events: a few looks over the time the store's producer takes to read them
 *       ({@code looks}, after the commit; a look that finds nothing costs next to nothing), and no more often than once
 *       per {@code interval}. The first commit after a quiet spell wakes the reader
 *       at once; under load the reader is woken no more often than it used to look, and still takes events in large
 *       batches (woken at every commit, it handled them a few at a time and fell behind at 50 referrals a second);
 *   <li>every {@code tick}, for events another instance appended, which this one hears nothing about.
 * </ul>
 *
 * A call back only makes the reader look; finding nothing, it waits for the next one.
 */
class WakingEventStream implements TrackingEventStream {

    private final TrackingEventStream delegate;
    private final ScheduledExecutorService scheduler;
    private final long[] looksNanos;
    private final long intervalNanos;
    private final AtomicBoolean wakeScheduled = new AtomicBoolean();
    private final AtomicLong lastWake;
    private volatile Runnable callback;

    WakingEventStream(
            TrackingEventStream delegate, ScheduledExecutorService scheduler, long[] looksNanos, long intervalNanos) {
        this.delegate = delegate;
        this.scheduler = scheduler;
        this.looksNanos = looksNanos.clone();
        this.intervalNanos = intervalNanos;
        // As if woken an interval ago: the first commit wakes the reader as soon as its events can be read.
        this.lastWake = new AtomicLong(System.nanoTime() - intervalNanos);
    }

    /** Events were committed here: wake the reader once they can be read, but not more often than the interval. */
    void committed() {
        if (callback == null || !wakeScheduled.compareAndSet(false, true)) {
            return;
        }
        long now = System.nanoTime();
        long delay = Math.max(0, lastWake.get() + intervalNanos - now);
        lastWake.set(now + delay);
        for (int look = 0; look < looksNanos.length; look++) {
            boolean last = look == looksNanos.length - 1;
            scheduler.schedule(
                    () -> {
                        if (last) {
                            wakeScheduled.set(false);
                        }
                        look();
                    },
                    delay + looksNanos[look],
                    TimeUnit.NANOSECONDS);
        }
    }

    /**
     * The regular look, whatever was committed where (another instance's events). It does not count against the
     * interval: a commit right after a tick still wakes the reader at once.
     */
    void tick() {
        look();
    }

    private void look() {
        Runnable reader = callback;
        if (reader != null) {
            reader.run();
        }
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        this.callback = callback;
        return true;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return delegate.peek();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        return delegate.hasNextAvailable(timeout, unit);
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        return delegate.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public void close() {
        callback = null;
        delegate.close();
    }
}
