package uk.earlyhelp.platform.messaging;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.Consumer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * A health check per incoming Kafka channel (docs/operations.md, "Health and metrics"): whether its consumer is
 * connected to the broker and how many partitions it holds. In the overall health ({@code /q/health}) only: a
 * service must keep taking referrals while the broker is away (the event store holds what is to be published), so
 * the broker is no part of readiness ({@code health-readiness-enabled=false} on the connector); a channel that has
 * failed still fails liveness, the connector's own check.
 */
@ApplicationScoped
public class ChannelHealth {

    private static final String INCOMING = "mp.messaging.incoming.";
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

    private record State(double connections, int partitions) {}

    @Inject
    KafkaClientService kafka;

    @Inject
    @Wellness
    HealthRegistry wellness;

    @Inject
    Config config;

    void register(@Observes StartupEvent started) {
        for (String channel : incomingChannels()) {
            wellness.register("kafka channel " + channel, (AsyncHealthCheck) () -> check(channel));
        }
    }

    /** Asks the channel's consumer on its own polling thread (a Kafka consumer is not thread-safe), never blocking. */
    Uni<HealthCheckResponse> check(String channel) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka channel " + channel);
        KafkaConsumer<Object, Object> consumer = kafka.getConsumer(channel);
        if (consumer == null) {
            return Uni.createFrom()
                    .item(response.down()
                            .withData("reason", "its consumer has not started")
                            .build());
        }
        return consumer.runOnPollingThread(ChannelHealth::stateOf)
                .ifNoItem()
                .after(ANSWER_WITHIN)
                .fail()
                .map(state -> {
                    response.withData("partitions", state.partitions());
                    return state.connections() > 0
                            ? response.up().build()
                            : response.down()
                                    .withData("reason", "not connected to the broker")
                                    .build();
                })
                .onFailure()
                .recoverWithItem(e -> response.down()
                        .withData("reason", "its consumer did not answer: " + e.getMessage())
                        .build());
    }

    private static State stateOf(Consumer<Object, Object> consumer) {
        double connections = consumer.metrics().entrySet().stream()
                .filter(metric -> metric.getKey().name().equals("connection-count")
                        && metric.getKey().group().equals("consumer-metrics"))
                .mapToDouble(metric -> ((Number) metric.getValue().metricValue()).doubleValue())
                .sum();
        return new State(connections, consumer.assignment().size());
    }

    private List<String> incomingChannels() {
        return StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(INCOMING) && name.endsWith(".connector"))
                .map(name -> name.substring(INCOMING.length(), name.length() - ".connector".length()))
                .distinct()
                .sorted()
                .toList();
    }
}
