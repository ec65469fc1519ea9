package uk.earlyhelp.deploy.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The services' container images (docs/kubernetes.md, "Images"), read from the tarballs Jib writes with -Pimages
 * ({@code <service>/target/jib-image.tar}), without Docker: each is tagged with the image its Deployment names, runs
 * as the pod's non-root user, starts the Quarkus application with the base image's Java, and holds the application
 * in {@code /deployments}, its dependencies in a layer before the application's own. The Deployments' images are
 * checked in every build; the tarballs only where they were built, except with {@code EARLYHELP_IMAGES=required}
 * (set by {@code .ci/run}, which builds them), where a missing one fails.
 */
class ContainerImagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String LAUNCHER = "deployments/quarkus-run.jar";

    @ParameterizedTest
    @EnumSource(Service.class)
    void theDeploymentNamesTheImageTheBuildTags(Service service) {
        assertEquals(tag(service), container(service).path("image").asText(), service.module());
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void theImageRunsTheApplicationAsThePodsUserOnTheBasesJava(Service service) throws IOException {
        Path tarball = projectDir().resolve(service.module()).resolve("target/jib-image.tar");
        if (!Files.isRegularFile(tarball)) {
            String message = "No " + tarball + ": deploy/images/build-base, then ./mvnw package -Pimages builds it";
            if ("required".equals(System.getenv("EARLYHELP_IMAGES"))) {
                fail(message + " (EARLYHELP_IMAGES=required)");
            }
            Assumptions.abort(message);
        }
        Image image = Image.read(tarball);

        JsonNode manifest = image.json("manifest.json");
        assertEquals(1, manifest.size(), "one image in " + tarball);
        assertEquals(List.of(tag(service)), texts(manifest.get(0).get("RepoTags")));

        JsonNode config = image.json(manifest.get(0).get("Config").asText());
        assertEquals("amd64", config.path("architecture").asText());
        assertEquals("linux", config.path("os").asText());
        String user = config.at("/config/User").asText().split(":")[0];
        long runAsUser = deployment(service)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getSecurityContext()
                .getRunAsUser();
        assertEquals(String.valueOf(runAsUser), user, "the image's user is the pod's");
        assertTrue(user.matches("[1-9][0-9]*"), "a non-root user by number (runAsNonRoot needs one): " + user);
        assertEquals("/deployments", config.at("/config/WorkingDir").asText());
        String entrypoint = String.join(" ", texts(config.at("/config/Entrypoint")));
        assertTrue(entrypoint.contains("exec java "), entrypoint);
        assertTrue(entrypoint.contains("-jar /" + LAUNCHER), entrypoint);
        assertTrue(entrypoint.contains("$JAVA_OPTS_APPEND"), "deploy/k8s/config.yaml's JVM options reach the JVM");
        Map<String, String> env = new HashMap<>();
        texts(config.at("/config/Env")).forEach(variable -> {
            String[] pair = variable.split("=", 2);
            env.put(pair[0], pair[1]);
        });
        assertNotNull(env.get("JAVA_HOME"), "the base sets JAVA_HOME");
        String javaHome = env.get("JAVA_HOME").substring(1);
        assertTrue(env.get("PATH").startsWith("/" + javaHome + "/bin:"), "java is the base's: " + env.get("PATH"));

        List<String> layers = texts(manifest.get(0).get("Layers"));
        List<String> diffIds = texts(config.at("/rootfs/diff_ids"));
        assertEquals(diffIds.size(), layers.size(), "a diff_id per layer");
        Map<String, Integer> layerOf = new HashMap<>();
        Map<String, Tarball.Entry> files = new HashMap<>();
        Map<String, String> contents = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            int layer = i;
            String digest = image.readLayer(layers.get(i), (entry, content) -> {
                layerOf.put(entry.name(), layer);
                files.put(entry.name(), entry);
                if (entry.name().equals("etc/passwd")) {
                    contents.put(entry.name(), new String(content.readAllBytes(), StandardCharsets.UTF_8));
                }
            });
            assertEquals(diffIds.get(i), "sha256:" + digest, "layer " + layers.get(i) + " is what the config says");
        }

        // The base: its Java, the shell the entrypoint uses, and the user.
        Tarball.Entry java = files.get(javaHome + "/bin/java");
        assertNotNull(java, "the base has " + javaHome + "/bin/java");
        assertTrue(java.isFile() && (java.mode() & 0111) == 0111, "an executable java");
        assertEquals(0, layerOf.get(javaHome + "/bin/java"), "java comes with the base");
        assertTrue(files.containsKey("usr/bin/sh") || files.containsKey("bin/sh"), "the base has /bin/sh");
        assertTrue(
                contents.getOrDefault("etc/passwd", "")
                        .lines()
                        .anyMatch(line -> line.matches("[^:]+:[^:]*:" + user + ":" + user + ":.*")),
                "the base's /etc/passwd has user " + user);

        // The application: Quarkus's fast-jar layout, its dependencies in an earlier layer than its own code, all
        // of it root's and not writable by the user it runs as.
        String applicationJar = "deployments/app/" + service.module() + "-" + version() + ".jar";
        for (String file : List.of(LAUNCHER, applicationJar, "deployments/quarkus/generated-bytecode.jar")) {
            assertTrue(files.containsKey(file) && files.get(file).isFile(), "the image has /" + file);
        }
        List<String> dependencies = files.keySet().stream()
                .filter(name -> name.startsWith("deployments/lib/main/") && name.endsWith(".jar"))
                .filter(name -> !name.startsWith("deployments/lib/main/uk.earlyhelp."))
                .toList();
        assertFalse(dependencies.isEmpty(), "the image has the application's dependencies");
        int dependencyLayer = layerOf.get(dependencies.getFirst());
        assertTrue(dependencies.stream().allMatch(name -> layerOf.get(name) == dependencyLayer), "one layer");
        assertTrue(dependencyLayer > 0, "the dependencies are not in the base's layer");
        assertTrue(dependencyLayer < layerOf.get(applicationJar), "the dependencies' layer comes before the code's");
        assertTrue(dependencyLayer < layerOf.get(LAUNCHER), "the dependencies' layer comes before the launcher's");
        files.values().stream()
                .filter(entry -> entry.name().startsWith("deployments/"))
                .forEach(entry -> {
                    assertEquals(0, entry.uid(), "/" + entry.name() + " is root's");
                    assertEquals(0, entry.mode() & 0022, "/" + entry.name() + " is writable by its owner alone");
                });
        assertFalse(files.keySet().stream().anyMatch(name -> name.startsWith("app/")), "none of Jib's own layers");
    }

    /** The image tag the build gives a service: earlyhelp/&lt;module&gt;:&lt;project version&gt;. */
    private static String tag(Service service) {
        return "earlyhelp/" + service.module() + ":" + version();
    }

    private static String version() {
        try {
            Element project = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(projectDir().resolve("pom.xml").toFile())
                    .getDocumentElement();
            for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
                if ("version".equals(child.getNodeName())) {
                    return child.getTextContent().trim();
                }
            }
            throw new IllegalStateException("pom.xml has no version");
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("Unreadable pom.xml", e);
        }
    }

    private static Deployment deployment(Service service) {
        return YAML.convertValue(deploymentNode(service), Deployment.class);
    }

    private static JsonNode container(Service service) {
        return deploymentNode(service).at("/spec/template/spec/containers/0");
    }

    private static JsonNode deploymentNode(Service service) {
        Path file = projectDir().resolve("deploy/k8s").resolve(service.module() + ".yaml");
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null
                        && "Deployment".equals(document.path("kind").asText())) {
                    return document;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("No Deployment in " + file);
    }

    private static List<String> texts(JsonNode array) {
        assertTrue(array.isArray(), "an array: " + array);
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private static Path projectDir() {
        return Path.of(System.getProperty("earlyhelp.project.dir", "../.."))
                .toAbsolutePath()
                .normalize();
    }

    /** An image in `docker save` format, as Jib's buildTar writes it: its files found once, read where they lie. */
    private record Image(Path tarball, Map<String, Tarball.Entry> entries) {

        static Image read(Path tarball) throws IOException {
            Map<String, Tarball.Entry> entries = new HashMap<>();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(tarball), 1 << 16)) {
                Tarball.read(in, (entry, content) -> entries.put(entry.name(), entry));
            }
            return new Image(tarball, entries);
        }

        JsonNode json(String name) throws IOException {
            try (InputStream in = open(name)) {
                return JSON.readTree(in);
            }
        }

        /** Visits a layer's entries; returns the sha256 of the layer uncompressed (its diff_id), in hex. */
        String readLayer(String name, Tarball.Visitor visitor) throws IOException {
            MessageDigest sha256;
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            try (InputStream raw = new BufferedInputStream(open(name), 1 << 16)) {
                raw.mark(2);
                boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
                raw.reset();
                InputStream layer = new DigestInputStream(gzip ? new GZIPInputStream(raw, 1 << 16) : raw, sha256) {
                    // What is skipped is digested too: read, not passed over.
                    @Override
                    public long skip(long n) throws IOException {
                        byte[] buffer = new byte[(int) Math.min(n, 1 << 16)];
                        int read = read(buffer, 0, buffer.length);
                        return Math.max(read, 0);
                    }
                };
                Tarball.read(layer, visitor);
                // The rest (the end-of-archive blocks) counts towards the digest too.
                layer.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(sha256.digest());
        }

        private InputStream open(String name) throws IOException {
            Tarball.Entry entry = entries.get(name);
            assertNotNull(entry, tarball + " has " + name);
            FileChannel channel = FileChannel.open(tarball);
            channel.position(entry.offset());
            return new FilterInputStream(Channels.newInputStream(channel)) {
                private long remaining = entry.size();

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    if (remaining <= 0) {
                        return -1;
                    }
                    int read = in.read(buffer, offset, (int) Math.min(length, remaining));
                    remaining -= Math.max(read, 0);
                    return read;
                }
            };
        }
    }
}
