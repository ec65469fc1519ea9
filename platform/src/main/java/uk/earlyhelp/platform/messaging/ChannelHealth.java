package uk.earlyhelp.platform.messaging;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.api.Wellness;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * A health check per incoming Kafka channel (docs/operations.md, "Health and metrics"): whether its consumer is
 * connected to the broker and how many partitions it holds. In the overall health ({@code /q/health}) only: a
 * service must keep taking referrals while the broker is away (the event store holds what is to be published), so
 * the broker is no part of readiness ({@code health-readiness-enabled=false} on the connector); a channel that has
 * failed still fails liveness, the connector's own check.
 *
 * <p>Both figures come from the consumer's metrics, which any thread may read, never from its polling thread: with
 * the broker away that thread sits in a commit or an offset lookup for up to {@code default.api.timeout.ms}, and a
 * check that queued work behind it (with a timeout that only starts once the work is picked up) held
 * {@code /q/health} for that long.
 */
@ApplicationScoped
public class ChannelHealth {

    private static final String INCOMING = "mp.messaging.incoming.";

    @Inject
    KafkaClientService kafka;

    @Inject
    @Wellness
    HealthRegistry wellness;

    @Inject
    Config config;

    void register(@Observes StartupEvent started) {
        for (String channel : incomingChannels()) {
            wellness.register("kafka channel " + channel, () -> check(channel));
        }
    }

    HealthCheckResponse check(String channel) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka channel " + channel);
        KafkaConsumer<Object, Object> consumer = kafka.getConsumer(channel);
        if (consumer == null || consumer.unwrap() == null) {
            return response.down()
                    .withData("reason", "its consumer has not started")
                    .build();
        }
        Map<MetricName, ? extends Metric> metrics = consumer.unwrap().metrics();
        response.withData("partitions", (long) metric(metrics, "consumer-coordinator-metrics", "assigned-partitions"));
        return metric(metrics, "consumer-metrics", "connection-count") > 0
                ? response.up().build()
                : response.down()
                        .withData("reason", "not connected to the broker")
                        .build();
    }

    private static double metric(Map<MetricName, ? extends Metric> metrics, String group, String name) {
        return metrics.entrySet().stream()
                .filter(metric -> metric.getKey().name().equals(name)
                        && metric.getKey().group().equals(group))
                .mapToDouble(metric -> ((Number) metric.getValue().metricValue()).doubleValue())
                .sum();
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
