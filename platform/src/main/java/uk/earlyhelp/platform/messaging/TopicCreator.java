package uk.earlyhelp.platform.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.earlyhelp.contracts.Topics;

/**
 * Creates the contracts' topics when the broker lacks them (local runs and tests; the broker refuses to
 * auto-create). At scale, Strimzi's {@code KafkaTopic} resources own them and this is switched off with
 * {@code earlyhelp.kafka.create-topics=false}.
 *
 * <p>Off the start path: the service starts and takes requests while this waits for the broker (the event store
 * holds what is to be published; consumers wait for their topics), trying again every few seconds until the topics
 * are there.
 */
@Singleton
public class TopicCreator {

    private static final Logger LOG = Logger.getLogger(TopicCreator.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    @ConfigProperty(name = "earlyhelp.kafka.create-topics")
    boolean enabled;

    /** Every kafka.* setting, as the Kafka channels have them (on Kubernetes: TLS and this service's credentials). */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "earlyhelp.kafka.partitions")
    int partitions;

    @ConfigProperty(name = "earlyhelp.kafka.replication-factor")
    short replicationFactor;

    private volatile boolean stopping;

    void onStart(@Observes StartupEvent started) {
        if (enabled) {
            Thread.ofVirtual().name("topic-creator").start(this::createUntilDone);
        }
    }

    void onStop(@Observes ShutdownEvent stopped) {
        stopping = true;
    }

    private void createUntilDone() {
        while (!stopping) {
            try {
                createTopics(kafka, partitions, replicationFactor);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Could not create the topics yet (%s); trying again in %s", e.getMessage(), RETRY);
            }
            try {
                Thread.sleep(RETRY);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Creates, in one request, the contracts' topics the broker does not have. */
    static void createTopics(Map<String, Object> kafka, int partitions, short replicationFactor) {
        try (Admin admin = Admin.create(kafka)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.ALL.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, replicationFactor))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // Another service created one of them meanwhile: the rest were created all the same.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Could not create topics " + missing, e.getCause());
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not list the topics", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "Kafka at " + kafka.get("bootstrap.servers") + " did not answer while creating topics", e);
        }
    }
}
