package uk.earlyhelp.deploy.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.Topics;

/**
 * The manifests under deploy/k8s describe the system docs/operations.md ("Running at scale") describes: every service a Deployment of at
 * least two replicas with liveness and readiness probes on Quarkus health, limits and its database
 * credentials from a Secret; every topic of the contracts a Strimzi KafkaTopic with replication 3 and
 * min ISR 2; every service database a CloudNativePG Cluster.
 */
class KubernetesManifestsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<JsonNode> resources = readAll(projectDir().resolve("deploy/k8s"));

    @Test
    void everyServiceIsADeploymentOfSeveralReplicasWithBothProbesLimitsAndSecrets() {
        Map<String, Deployment> deployments = byName("Deployment", node -> YAML.convertValue(node, Deployment.class));
        for (Service service : Service.values()) {
            Deployment deployment = deployments.get(service.module());
            assertNotNull(deployment, "no Deployment for " + service.module());
            assertTrue(deployment.getSpec().getReplicas() >= 2, service.module() + " replicas");
            Container container =
                    deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
            assertEquals(
                    "/q/health/live", container.getLivenessProbe().getHttpGet().getPath());
            assertEquals(
                    "/q/health/ready",
                    container.getReadinessProbe().getHttpGet().getPath());
            // A slow start is given time before liveness may restart the pod.
            assertEquals(
                    "/q/health/started",
                    container.getStartupProbe().getHttpGet().getPath());
            assertTrue(
                    container.getStartupProbe().getPeriodSeconds()
                                    * container.getStartupProbe().getFailureThreshold()
                            >= 60,
                    service.module() + " may take a minute to start");
            var pod = deployment.getSpec().getTemplate().getSpec();
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), service.module() + " non-root");
            assertEquals(
                    "RuntimeDefault",
                    pod.getSecurityContext().getSeccompProfile().getType());
            assertEquals(Boolean.FALSE, container.getSecurityContext().getAllowPrivilegeEscalation());
            assertEquals(Boolean.TRUE, container.getSecurityContext().getReadOnlyRootFilesystem());
            assertEquals(
                    List.of("ALL"),
                    container.getSecurityContext().getCapabilities().getDrop());
            assertTrue(
                    container.getVolumeMounts().stream()
                            .anyMatch(mount -> mount.getMountPath().equals("/tmp")),
                    service.module() + " has a writable /tmp on its read-only root");
            assertNotNull(container.getResources().getLimits().get("memory"), service.module() + " memory limit");
            assertTrue(
                    container.getEnv().stream()
                            .anyMatch(env -> env.getName().equals("QUARKUS_DATASOURCE_PASSWORD")
                                    && env.getValueFrom().getSecretKeyRef() != null),
                    service.module() + " takes its database password from a Secret");
            assertTrue(
                    container.getEnv().stream()
                            .anyMatch(env -> env.getName().equals("QUARKUS_DATASOURCE_JDBC_URL")
                                    && env.getValue().contains(service.database() + "-db-rw")),
                    service.module() + " uses its own database cluster");
            assertEquals(
                    "earlyhelp-config",
                    container.getEnvFrom().getFirst().getConfigMapRef().getName());
        }
        assertTrue(byName("Service", Function.identity())
                .keySet()
                .containsAll(Stream.of(Service.values()).map(Service::module).toList()));
    }

    /** Personal data (docs/personal-data.md): where personal data is held, the master keys come from a Secret, never from the image's defaults. */
    @Test
    void theServicesHoldingPersonalDataTakeTheirMasterKeysFromASecret() {
        Map<String, Deployment> deployments = byName("Deployment", node -> YAML.convertValue(node, Deployment.class));
        for (Service service : List.of(Service.REFERRAL, Service.CASEWORK)) {
            var pod = deployments.get(service.module()).getSpec().getTemplate().getSpec();
            assertTrue(
                    pod.getVolumes().stream()
                            .anyMatch(volume -> volume.getSecret() != null
                                    && "earlyhelp-crypto"
                                            .equals(volume.getSecret().getSecretName())),
                    service.module() + " mounts the earlyhelp-crypto Secret");
            assertTrue(
                    pod.getContainers().getFirst().getEnv().stream()
                            .anyMatch(env -> env.getName().equals("QUARKUS_CONFIG_LOCATIONS")
                                    && env.getValue().startsWith("file:/run/secrets/earlyhelp-crypto/")),
                    service.module() + " reads its master keys from the Secret");
        }
    }

    @Test
    void everyTopicOfTheContractsIsAKafkaTopicReplicatedThreeTimes() {
        Map<String, JsonNode> topics = byName("KafkaTopic", Function.identity());
        for (String topic : Topics.ALL) {
            JsonNode spec = topics.get(topic).get("spec");
            assertNotNull(spec, "no KafkaTopic for " + topic);
            assertEquals(3, spec.get("replicas").asInt(), topic);
            assertTrue(spec.get("partitions").asInt() >= 6, topic);
            assertEquals(2, spec.get("config").get("min.insync.replicas").asInt(), topic);
        }
        assertEquals(1, byName("Kafka", Function.identity()).size());
        assertTrue(byName("KafkaNodePool", Function.identity()).values().stream()
                .allMatch(pool -> pool.get("spec").get("replicas").asInt() >= 3));
    }

    @Test
    void everyServiceDatabaseIsACloudNativePgClusterWithReplicas() {
        Map<String, JsonNode> clusters = byName("Cluster", Function.identity());
        for (Service service : Service.values()) {
            JsonNode cluster = clusters.get(service.database() + "-db");
            assertNotNull(cluster, "no Cluster for " + service.database());
            assertEquals("postgresql.cnpg.io/v1", cluster.get("apiVersion").asText());
            assertTrue(cluster.get("spec").get("instances").asInt() >= 2, service.database());
            assertEquals(
                    service.database(),
                    cluster.get("spec")
                            .get("bootstrap")
                            .get("initdb")
                            .get("database")
                            .asText());
        }
    }

    @Test
    void everyServiceHasADisruptionBudgetAndIngressIsDeniedUnlessAllowed() {
        Map<String, JsonNode> budgets = byName("PodDisruptionBudget", Function.identity());
        for (Service service : Service.values()) {
            JsonNode budget = budgets.get(service.module());
            assertNotNull(budget, "no PodDisruptionBudget for " + service.module());
            assertEquals(1, budget.at("/spec/minAvailable").asInt());
            assertEquals(
                    service.module(),
                    budget.at("/spec/selector/matchLabels/app.kubernetes.io~1name")
                            .asText());
        }
        Map<String, JsonNode> policies = byName("NetworkPolicy", Function.identity());
        JsonNode denyAll = policies.get("default-deny-ingress");
        assertNotNull(denyAll, "a default-deny NetworkPolicy");
        assertTrue(denyAll.at("/spec/podSelector").isEmpty(), "it selects every pod");
        assertTrue(denyAll.at("/spec/ingress").isMissingNode(), "and allows nothing");
        assertEquals(
                8080,
                policies.get("services-http").at("/spec/ingress/0/ports/0/port").asInt(),
                "the services are reachable on their HTTP port only");
    }

    @Test
    void prometheusScrapesEveryServicesMetrics() {
        JsonNode monitor = byName("PodMonitor", Function.identity()).get("earlyhelp-services");
        assertNotNull(monitor, "a PodMonitor for the services");
        assertEquals(
                "earlyhelp",
                monitor.at("/spec/selector/matchLabels/app.kubernetes.io~1part-of")
                        .asText());
        assertEquals(
                "/q/metrics", monitor.at("/spec/podMetricsEndpoints/0/path").asText());
        assertEquals("http", monitor.at("/spec/podMetricsEndpoints/0/port").asText());
        Map<String, Deployment> deployments = byName("Deployment", node -> YAML.convertValue(node, Deployment.class));
        for (Service service : Service.values()) {
            var template = deployments.get(service.module()).getSpec().getTemplate();
            assertEquals("earlyhelp", template.getMetadata().getLabels().get("app.kubernetes.io/part-of"));
            assertTrue(
                    template.getSpec().getContainers().getFirst().getPorts().stream()
                            .anyMatch(port -> "http".equals(port.getName())),
                    service.module() + " names its http port");
        }
    }

    @Test
    void theKustomizationListsEveryManifest() throws IOException {
        Path dir = projectDir().resolve("deploy/k8s");
        JsonNode kustomization = YAML.readTree(dir.resolve("kustomization.yaml").toFile());
        List<String> listed = new ArrayList<>();
        kustomization.get("resources").forEach(resource -> listed.add(resource.asText()));
        try (Stream<Path> files = Files.list(dir)) {
            List<String> manifests = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
                    .sorted()
                    .toList();
            assertEquals(manifests, listed.stream().sorted().toList());
        }
    }

    private <T> Map<String, T> byName(String kind, Function<JsonNode, T> convert) {
        return resources.stream()
                .filter(node -> kind.equals(node.path("kind").asText()))
                .collect(Collectors.toMap(
                        node -> node.get("metadata").get("name").asText(), convert));
    }

    private static List<JsonNode> readAll(Path dir) {
        List<JsonNode> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
                    documents.forEachRemaining(document -> {
                        if (document != null && !document.isEmpty()) {
                            all.add(document);
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable manifest under " + dir, e);
        }
        return all;
    }

    private static Path projectDir() {
        return Path.of(System.getProperty("earlyhelp.project.dir", "../..")).toAbsolutePath();
    }
}
