package uk.earlyhelp.platform.axon;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;

/**
 * Which event processors are failing, for their health checks ({@link ProcessorHealth}). A pooled processor whose
 * batch fails (a publisher that cannot reach the broker) gives its segment up and claims it again after a back-off, so
 * its status shows the error only for a moment and then shows nothing; here a processor counts as failing from a
 * failed batch until one of its batches commits again. The failure is still thrown on (Axon's propagating error
 * handler), so the batch is retried from its token and nothing is skipped.
 */
final class ProcessorFailures implements ErrorHandler {

    /** When a batch of the processor last failed, and why. */
    record Failure(Instant at, String error) {}

    private static final String SUCCEEDED = ProcessorFailures.class.getName() + ".succeeded";

    private final Clock clock;
    private final Map<String, Failure> failing = new ConcurrentHashMap<>();

    ProcessorFailures(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void handleError(ErrorContext context) throws Exception {
        failing.put(context.eventProcessor(), new Failure(clock.instant(), String.valueOf(context.error())));
        PropagatingErrorHandler.instance().handleError(context);
    }

    /** Notes, once per batch, when a batch of {@code processor} commits: the processor is past its failure. */
    MessageHandlerInterceptor<EventMessage<?>> successesOf(String processor) {
        return (unitOfWork, chain) -> {
            var batch = unitOfWork.root();
            batch.getOrComputeResource(SUCCEEDED, key -> {
                batch.afterCommit(committed -> failing.remove(processor));
                return Boolean.TRUE;
            });
            return chain.proceed();
        };
    }

    Optional<Failure> failure(String processor) {
        return Optional.ofNullable(failing.get(processor));
    }
}
