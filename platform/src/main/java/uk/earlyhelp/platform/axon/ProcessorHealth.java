package uk.earlyhelp.platform.axon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * One health check per event processor (docs/operations.md, "Health and metrics"): running and not in error, with its
 * lag behind the event store's head; and the lag as the metric {@code earlyhelp_processor_lag}. A stopped or failing
 * processor (a publisher that cannot reach the broker, a projection whose handler fails) leaves every endpoint working
 * while nothing moves, so it must show. The checks are wellness checks: they appear in {@code /q/health} and
 * {@code /q/health/well} but not in the readiness probe, so a service keeps taking referrals while the broker is
 * away (the event store holds them until the publisher catches up).
 */
@ApplicationScoped
public class ProcessorHealth {

    @Inject
    AxonRuntime axon;

    @Inject
    EventStore eventStore;

    @Inject
    @Wellness
    HealthRegistry wellness;

    @Inject
    MeterRegistry metrics;

    void register(@Observes StartupEvent started) {
        for (String group : axon.processingGroups()) {
            wellness.register("event processor " + group, () -> check(group));
            Gauge.builder("earlyhelp.processor.lag", () -> lag(group).orElse(0))
                    .description("Events in the event store this processor has not handled yet")
                    .tag("processor", group)
                    .register(metrics);
        }
    }

    HealthCheckResponse check(String group) {
        StreamingEventProcessor processor = axon.processor(group);
        // A segment whose handler fails is retried with back-off while the others go on: failing all the same.
        Optional<Throwable> failing = processor.processingStatus().values().stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(EventTrackerStatus::getError)
                .filter(java.util.Objects::nonNull)
                .findFirst();
        // A failed batch gives its segment up for a back-off, and the segment's status with it: remembered here.
        Optional<ProcessorFailures.Failure> failedBatch = axon.failure(group);
        boolean error = processor.isError() || failing.isPresent() || failedBatch.isPresent();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event processor " + group)
                .withData("running", processor.isRunning())
                .withData("error", error)
                .withData("segments", processor.processingStatus().size());
        lag(group).ifPresent(lag -> response.withData("lag", lag));
        failing.map(cause -> String.valueOf(cause.getMessage()))
                .or(() -> failedBatch.map(ProcessorFailures.Failure::error))
                .ifPresent(cause -> response.withData("lastError", cause));
        failedBatch.ifPresent(
                failure -> response.withData("lastFailure", failure.at().toString()));
        return response.status(processor.isRunning() && !error).build();
    }

    /** How far the processor's slowest segment is behind the newest event; empty before it has a position. */
    private OptionalLong lag(String group) {
        TrackingToken headToken = eventStore.createHeadToken();
        OptionalLong head = headToken == null ? OptionalLong.empty() : headToken.position();
        OptionalLong position = axon.processor(group).processingStatus().values().stream()
                .map(EventTrackerStatus::getTrackingToken)
                .filter(java.util.Objects::nonNull)
                .map(TrackingToken::position)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
        if (head.isEmpty()) {
            return OptionalLong.of(0);
        }
        return position.isEmpty()
                ? OptionalLong.empty()
                : OptionalLong.of(Math.max(0, head.getAsLong() - position.getAsLong()));
    }
}
