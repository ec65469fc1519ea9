package uk.earlyhelp.platform.messaging;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.earlyhelp.contracts.Topics;

/**
 * Creates the contracts' topics when the broker lacks them (local runs and tests; the broker refuses to
 * auto-create). At scale, Strimzi's {@code KafkaTopic} resources own them and this is switched off with
 * {@code earlyhelp.kafka.create-topics=false}.
 */
@Startup
@Singleton
public class TopicCreator {

    @ConfigProperty(name = "earlyhelp.kafka.create-topics")
    boolean enabled;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "earlyhelp.kafka.partitions")
    int partitions;

    @ConfigProperty(name = "earlyhelp.kafka.replication-factor")
    short replicationFactor;

    @PostConstruct
    void createMissingTopics() {
        if (enabled) {
            createTopics(bootstrapServers, partitions, replicationFactor);
        }
    }

    public static void createTopics(String bootstrapServers, int partitions, short replicationFactor) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (String topic : Topics.ALL) {
                try {
                    admin.createTopics(java.util.List.of(new NewTopic(topic, partitions, replicationFactor)))
                            .all()
                            .get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "Kafka at " + bootstrapServers + " did not answer while creating topics", e);
        }
    }
}
