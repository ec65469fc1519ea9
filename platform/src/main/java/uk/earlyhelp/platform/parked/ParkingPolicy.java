package uk.earlyhelp.platform.parked;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.jboss.logging.Logger;

/**
 * When an event processor's handler fails: a transient failure ({@link Failures}) is thrown again, so the
 * processor rolls the batch back and retries it with its growing back-off, for as long as the outage lasts; a
 * failure of the event itself is retried the same way {@value #ATTEMPTS} times and then parked, so the processor
 * goes on with every other family.
 */
public final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(ParkingPolicy.class);

    private final String processingGroup;
    private final Runnable onParked;
    // Failed attempts by event id; bounded, since an event that later succeeds is never removed.
    private final Map<String, Integer> attempts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > 10_000;
        }
    };

    public ParkingPolicy(String processingGroup, Runnable onParked) {
        this.processingGroup = processingGroup;
        this.onParked = onParked;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (Failures.isTransient(cause)) {
            throw rethrow(cause);
        }
        String eventId = letter.message().getIdentifier();
        int attempt;
        synchronized (attempts) {
            attempt = attempts.merge(eventId, 1, Integer::sum);
            if (attempt >= ATTEMPTS) {
                attempts.remove(eventId);
            }
        }
        if (attempt < ATTEMPTS) {
            LOG.warnf(
                    "%s failed on event %s (attempt %d of %d); retrying", processingGroup, eventId, attempt, ATTEMPTS);
            throw rethrow(cause);
        }
        LOG.errorf(cause, "%s parked event %s after %d attempts", processingGroup, eventId, attempt);
        onParked.run();
        return Decisions.enqueue(cause);
    }

    private static RuntimeException rethrow(Throwable cause) {
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}
