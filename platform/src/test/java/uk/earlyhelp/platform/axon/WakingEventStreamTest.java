package uk.earlyhelp.platform.axon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A processor's stream wakes it after this instance's commits, a burst of commits once, and never once closed. */
class WakingEventStreamTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aBurstOfCommitsWakesTheReaderOnceAndNoMoreWithinTheInterval() throws InterruptedException {
        // An interval far longer than the test: a second wake-up could only come from a commit not coalesced.
        WakingEventStream stream = new WakingEventStream(
                new NoEvents(), scheduler, new long[] {TimeUnit.MILLISECONDS.toNanos(1)}, TimeUnit.SECONDS.toNanos(60));
        AtomicInteger wakeUps = new AtomicInteger();
        CountDownLatch woken = new CountDownLatch(1);
        assertTrue(stream.setOnAvailableCallback(() -> {
            wakeUps.incrementAndGet();
            woken.countDown();
        }));

        for (int commit = 0; commit < 100; commit++) {
            stream.committed();
        }
        assertTrue(woken.await(30, TimeUnit.SECONDS), "the reader was woken after the commits");
        for (int commit = 0; commit < 100; commit++) {
            stream.committed();
        }
        assertEquals(1, wakeUps.get(), "commits within the interval are one wake-up");
    }

    @Test
    void aRegularLookDoesNotHoldBackTheWakeUpOfTheNextCommit() throws InterruptedException {
        WakingEventStream stream = new WakingEventStream(
                new NoEvents(), scheduler, new long[] {TimeUnit.MILLISECONDS.toNanos(1)}, TimeUnit.SECONDS.toNanos(60));
        CountDownLatch looks = new CountDownLatch(2);
        stream.setOnAvailableCallback(looks::countDown);
        stream.tick();
        stream.committed();
        assertTrue(looks.await(30, TimeUnit.SECONDS), "the commit woke the reader, not a minute after the tick");
    }

    @Test
    void aClosedStreamWakesNoOne() {
        WakingEventStream stream = new WakingEventStream(new NoEvents(), scheduler, new long[] {0}, 0);
        AtomicInteger wakeUps = new AtomicInteger();
        stream.setOnAvailableCallback(wakeUps::incrementAndGet);
        stream.tick();
        stream.close();
        stream.tick();
        stream.committed();
        assertEquals(1, wakeUps.get());
    }

    /** A stream with nothing in it: the wake-ups are what is tested, not the events. */
    private static final class NoEvents implements TrackingEventStream {
        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.empty();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            return false;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            throw new IllegalStateException("no events");
        }

        @Override
        public void close() {}
    }
}
