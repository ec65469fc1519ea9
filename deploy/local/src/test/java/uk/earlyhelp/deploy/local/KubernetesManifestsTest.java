package uk.earlyhelp.deploy.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.Topics;

/**
 * The manifests under deploy/k8s describe the system docs/operations.md ("Running at scale") describes: every service a Deployment of at
 * least two replicas with liveness and readiness probes on Quarkus health, limits and its database
 * credentials from a Secret; every topic of the contracts a Strimzi KafkaTopic with replication 3 and
 * min ISR 2; Strimzi's v1 API throughout, Kafka reached only over TLS by each service as a KafkaUser of its own whose
 * ACLs allow just the topics it writes and reads; every service database a CloudNativePG Cluster whose WAL and daily
 * base backups go to object storage through the Barman Cloud plugin.
 */
class KubernetesManifestsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final String STRIMZI_API = "kafka.strimzi.io/v1";
    private static final String BARMAN_CLOUD = "barman-cloud.cloudnative-pg.io";

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

    /** Strimzi 1.0 serves only kafka.strimzi.io/v1: a resource of an older version would not even apply. */
    @Test
    void everyStrimziResourceUsesTheV1Api() {
        List<JsonNode> strimzi = resources.stream()
                .filter(node -> node.path("apiVersion").asText().startsWith("kafka.strimzi.io/"))
                .toList();
        assertEquals(
                Set.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser"),
                strimzi.stream().map(node -> node.get("kind").asText()).collect(Collectors.toSet()));
        for (JsonNode resource : strimzi) {
            assertEquals(
                    STRIMZI_API,
                    resource.get("apiVersion").asText(),
                    resource.get("kind").asText() + " "
                            + resource.at("/metadata/name").asText());
        }
    }

    /**
     * Kafka takes only TLS connections that authenticate (SCRAM-SHA-512, as the services do), and its simple
     * authorizer holds each user to its ACLs; the User Operator turns KafkaUsers into credentials and ACLs.
     */
    @Test
    void kafkaAcceptsOnlyAuthenticatedTlsClientsAndAuthorizesThem() {
        JsonNode kafka = kafka();
        JsonNode listeners = kafka.at("/spec/kafka/listeners");
        assertFalse(listeners.isEmpty(), "Kafka has listeners");
        for (JsonNode listener : listeners) {
            String name = listener.path("name").asText();
            assertTrue(listener.path("tls").asBoolean(false), "listener " + name + " is TLS (no plain listener)");
            assertFalse(
                    listener.at("/authentication/type").asText().isEmpty(),
                    "listener " + name + " authenticates its clients");
        }
        JsonNode servicesListener = servicesListener();
        assertEquals("internal", servicesListener.path("type").asText());
        assertEquals(
                "scram-sha-512", servicesListener.at("/authentication/type").asText());
        assertEquals("simple", kafka.at("/spec/kafka/authorization/type").asText());
        assertTrue(kafka.at("/spec/entityOperator/userOperator").isObject(), "the User Operator manages the users");
        assertTrue(kafka.at("/spec/entityOperator/topicOperator").isObject(), "the Topic Operator manages the topics");
        // Only the services' pods may reach the listener (the NetworkPolicy Strimzi generates for it).
        Map<String, Deployment> deployments = byName("Deployment", node -> YAML.convertValue(node, Deployment.class));
        JsonNode peers = servicesListener.path("networkPolicyPeers");
        for (Service service : Service.values()) {
            Map<String, String> labels = deployments
                    .get(service.module())
                    .getSpec()
                    .getTemplate()
                    .getMetadata()
                    .getLabels();
            assertTrue(
                    StreamSupport.stream(peers.spliterator(), false)
                            .anyMatch(peer -> peer.has("podSelector")
                                    && !peer.has("namespaceSelector")
                                    && matches(peer.at("/podSelector/matchLabels"), labels)),
                    service.module() + " may connect to the TLS listener");
        }
        JsonNode config = kafka.at("/spec/kafka/config");
        assertFalse(config.path("auto.create.topics.enable").asBoolean(true), "no topic is made by accident");
        assertEquals(2, config.path("min.insync.replicas").asInt());
        assertEquals(3, config.path("default.replication.factor").asInt());
        // KRaft and node pools are all Strimzi 1.x runs: the old opt-in annotations mean nothing now.
        JsonNode annotations = kafka.at("/metadata/annotations");
        assertTrue(annotations.path("strimzi.io/kraft").isMissingNode(), "no strimzi.io/kraft annotation");
        assertTrue(annotations.path("strimzi.io/node-pools").isMissingNode(), "no strimzi.io/node-pools annotation");
    }

    /**
     * Each service is a KafkaUser of its own, allowed exactly what it does: write (and describe) the topic of the
     * events it publishes, read (and describe) the topics its channels consume (its application.properties), and
     * read its consumer group, which is its application name. Neither topic creation nor cluster rights: the
     * KafkaTopics own the topics, and since Kafka 3.0 an idempotent producer needs only Write on a topic.
     */
    @Test
    void everyServiceIsAKafkaUserAllowedExactlyTheTopicsItWritesAndReadsAndItsGroup() {
        Map<String, JsonNode> users = byName("KafkaUser", Function.identity());
        assertEquals(
                Stream.of(Service.values()).map(Service::module).collect(Collectors.toSet()),
                users.keySet(),
                "a KafkaUser per service, and no other");
        String cluster = kafka().at("/metadata/name").asText();
        for (Service service : Service.values()) {
            JsonNode user = users.get(service.module());
            assertEquals(
                    cluster, user.at("/metadata/labels/strimzi.io~1cluster").asText());
            assertEquals("scram-sha-512", user.at("/spec/authentication/type").asText(), service.module());
            assertEquals("simple", user.at("/spec/authorization/type").asText(), service.module());

            Properties properties = applicationProperties(service);
            String group = properties.getProperty("quarkus.application.name");
            assertEquals(service.module(), group, "the consumer group is the application name");
            assertTrue(
                    properties.stringPropertyNames().stream().noneMatch(key -> key.endsWith("group.id")),
                    service.module() + " keeps the default group id");
            Set<String> expected = new HashSet<>();
            for (String topic : writtenTopics(service)) {
                expected.add("topic " + topic + " Write");
                expected.add("topic " + topic + " Describe");
            }
            for (String topic : consumedTopics(properties)) {
                expected.add("topic " + topic + " Read");
                expected.add("topic " + topic + " Describe");
            }
            expected.add("group " + group + " Read");

            Set<String> allowed = new HashSet<>();
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                assertEquals("allow", acl.path("type").asText("allow"), service.module() + " ACLs allow");
                assertEquals("*", acl.path("host").asText("*"), service.module() + " ACLs hold for any host");
                assertEquals(
                        "literal",
                        acl.at("/resource/patternType").asText("literal"),
                        service.module() + " ACLs name their resources exactly");
                for (JsonNode operation : acl.path("operations")) {
                    allowed.add(acl.at("/resource/type").asText() + " "
                            + acl.at("/resource/name").asText() + " " + operation.asText());
                }
            }
            assertEquals(expected, allowed, service.module() + " ACLs");
        }
    }

    /**
     * Each service reaches Kafka on the TLS listener as its own user: KAFKA_* variables, which Quarkus turns into the
     * kafka.* properties every Kafka client of the service uses (channels, publisher, topic creator), with the
     * password from the Secret Strimzi made for the user and the cluster CA's certificate mounted read-only. Topic
     * creation is off: the KafkaTopics own the topics.
     */
    @Test
    void everyServiceConnectsToKafkaOverTlsAsItsOwnUser() {
        String cluster = kafka().at("/metadata/name").asText();
        String bootstrap =
                cluster + "-kafka-bootstrap:" + servicesListener().path("port").asInt();
        Map<String, Deployment> deployments = byName("Deployment", node -> YAML.convertValue(node, Deployment.class));
        for (Service service : Service.values()) {
            PodSpec pod =
                    deployments.get(service.module()).getSpec().getTemplate().getSpec();
            Container container = pod.getContainers().getFirst();
            Map<String, EnvVar> env =
                    container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, Function.identity()));
            String module = service.module();
            assertEquals(bootstrap, value(env, "KAFKA_BOOTSTRAP_SERVERS"), module);
            assertEquals("SASL_SSL", value(env, "KAFKA_SECURITY_PROTOCOL"), module);
            assertEquals("SCRAM-SHA-512", value(env, "KAFKA_SASL_MECHANISM"), module);
            EnvVar jaas = env.get("KAFKA_SASL_JAAS_CONFIG");
            assertNotNull(jaas, module + " sets KAFKA_SASL_JAAS_CONFIG");
            assertNull(jaas.getValue(), module + " takes its Kafka credentials from a Secret, never a literal");
            assertEquals(module, jaas.getValueFrom().getSecretKeyRef().getName(), module + " is its own KafkaUser");
            assertEquals(
                    "sasl.jaas.config", jaas.getValueFrom().getSecretKeyRef().getKey());
            assertEquals("PEM", value(env, "KAFKA_SSL_TRUSTSTORE_TYPE"), module);

            Path truststore = Path.of(value(env, "KAFKA_SSL_TRUSTSTORE_LOCATION"));
            VolumeMount mount = container.getVolumeMounts().stream()
                    .filter(candidate -> truststore.startsWith(candidate.getMountPath()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(module + " mounts " + truststore));
            assertEquals(Boolean.TRUE, mount.getReadOnly(), module + " mounts the CA read-only");
            Volume volume = pod.getVolumes().stream()
                    .filter(candidate -> candidate.getName().equals(mount.getName()))
                    .findFirst()
                    .orElseThrow();
            assertNotNull(volume.getSecret(), module + " trusts the CA from a Secret");
            assertEquals(cluster + "-cluster-ca-cert", volume.getSecret().getSecretName(), module);
            String file = Path.of(mount.getMountPath()).relativize(truststore).toString();
            List<KeyToPath> items = volume.getSecret().getItems();
            String key = items == null || items.isEmpty()
                    ? file
                    : items.stream()
                            .filter(item -> item.getPath().equals(file))
                            .map(KeyToPath::getKey)
                            .findFirst()
                            .orElse(null);
            assertEquals("ca.crt", key, module + " trusts the cluster CA's certificate");
            assertFalse(env.containsKey("EARLYHELP_KAFKA_CREATE_TOPICS"), module + " leaves topic creation off");
        }
        JsonNode config = byName("ConfigMap", Function.identity()).get("earlyhelp-config");
        assertEquals("false", config.at("/data/EARLYHELP_KAFKA_CREATE_TOPICS").asText(), "topic creation is off");
        config.path("data")
                .fieldNames()
                .forEachRemaining(name -> assertFalse(
                        name.startsWith("KAFKA_"),
                        name + ": the Kafka connection is set beside each service's credentials, not shared"));
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

    /**
     * Every service database is backed up to object storage with CloudNativePG's current API, the Barman Cloud plugin
     * (the in-tree .spec.backup.barmanObjectStore is deprecated): the Cluster archives its WAL through the plugin to
     * an ObjectStore of its own, with credentials from a Secret and a retention policy, and a ScheduledBackup takes a
     * base backup there every day.
     */
    @Test
    void everyServiceDatabaseIsBackedUpToObjectStorageDaily() {
        Map<String, JsonNode> clusters = byName("Cluster", Function.identity());
        Map<String, JsonNode> stores = byName("ObjectStore", Function.identity());
        List<JsonNode> schedules = resources.stream()
                .filter(node -> "ScheduledBackup".equals(node.path("kind").asText()))
                .toList();
        Set<String> destinations = new HashSet<>();
        for (Service service : Service.values()) {
            String name = service.database() + "-db";
            JsonNode cluster = clusters.get(name);
            assertTrue(
                    cluster.at("/spec/backup/barmanObjectStore").isMissingNode(),
                    name + " uses the plugin, not the deprecated in-tree barmanObjectStore");
            JsonNode plugin = StreamSupport.stream(cluster.at("/spec/plugins").spliterator(), false)
                    .filter(candidate ->
                            BARMAN_CLOUD.equals(candidate.path("name").asText()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(name + " uses the Barman Cloud plugin"));
            assertTrue(plugin.path("isWALArchiver").asBoolean(false), name + " archives its WAL");
            assertTrue(plugin.path("enabled").asBoolean(true), name + " has the plugin enabled");

            String storeName = plugin.at("/parameters/barmanObjectName").asText();
            JsonNode store = stores.get(storeName);
            assertNotNull(store, name + " has its ObjectStore " + storeName);
            assertEquals("barmancloud.cnpg.io/v1", store.get("apiVersion").asText());
            String destination = store.at("/spec/configuration/destinationPath").asText();
            assertTrue(destination.startsWith("s3://"), name + " backs up to object storage: " + destination);
            assertTrue(destinations.add(destination), name + " has a destination of its own");
            for (String credential : List.of("accessKeyId", "secretAccessKey")) {
                assertEquals(
                        "earlyhelp-backup-s3",
                        store.at("/spec/configuration/s3Credentials/" + credential + "/name")
                                .asText(),
                        name + " takes its " + credential + " from the earlyhelp-backup-s3 Secret");
            }
            assertTrue(
                    store.at("/spec/retentionPolicy").asText().matches("[1-9][0-9]*[dwm]"),
                    name + " has a retention policy");

            List<JsonNode> daily = schedules.stream()
                    .filter(schedule ->
                            name.equals(schedule.at("/spec/cluster/name").asText()))
                    .toList();
            assertEquals(1, daily.size(), "a ScheduledBackup for " + name);
            JsonNode schedule = daily.getFirst();
            assertEquals("postgresql.cnpg.io/v1", schedule.get("apiVersion").asText());
            assertEquals("plugin", schedule.at("/spec/method").asText(), name + " backs up through the plugin");
            assertEquals(
                    BARMAN_CLOUD, schedule.at("/spec/pluginConfiguration/name").asText());
            String[] cron = schedule.at("/spec/schedule").asText().trim().split("\\s+");
            assertEquals(6, cron.length, name + ": CloudNativePG's schedule has six fields, seconds first");
            assertEquals("*", cron[3], name + " is backed up every day");
            assertFalse(schedule.at("/spec/suspend").asBoolean(false), name + " backups are not suspended");
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

    private JsonNode kafka() {
        Map<String, JsonNode> kafkas = byName("Kafka", Function.identity());
        assertEquals(1, kafkas.size(), "one Kafka cluster");
        return kafkas.values().iterator().next();
    }

    /** The listener the services use: internal, TLS, authenticating with SCRAM-SHA-512. */
    private JsonNode servicesListener() {
        return StreamSupport.stream(kafka().at("/spec/kafka/listeners").spliterator(), false)
                .filter(listener -> listener.path("tls").asBoolean(false)
                        && "internal".equals(listener.path("type").asText())
                        && "scram-sha-512"
                                .equals(listener.at("/authentication/type").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Kafka has an internal TLS listener with SCRAM-SHA-512"));
    }

    private static boolean matches(JsonNode matchLabels, Map<String, String> labels) {
        if (matchLabels.isMissingNode() || matchLabels.isEmpty()) {
            return false;
        }
        for (var label : matchLabels.properties()) {
            if (!label.getValue().asText().equals(labels.get(label.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static String value(Map<String, EnvVar> env, String name) {
        EnvVar variable = env.get(name);
        assertNotNull(variable, "sets " + name);
        return variable.getValue();
    }

    /** The topics of the events the service publishes: its own area's event types (uk.earlyhelp.<area>.…). */
    private static Set<String> writtenTopics(Service service) {
        Set<String> topics = Stream.of(EventType.values())
                .filter(type -> type.ceType().startsWith("uk.earlyhelp." + service.database() + "."))
                .map(EventType::topic)
                .collect(Collectors.toSet());
        assertEquals(1, topics.size(), service.module() + " publishes to one topic");
        return topics;
    }

    /** The topics of the service's incoming Kafka channels. */
    private static Set<String> consumedTopics(Properties properties) {
        Set<String> topics = properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic"))
                .map(properties::getProperty)
                .collect(Collectors.toSet());
        assertFalse(topics.isEmpty(), "the service consumes topics");
        return topics;
    }

    private static Properties applicationProperties(Service service) {
        Path file = projectDir().resolve(service.module()).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable " + file, e);
        }
        return properties;
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
