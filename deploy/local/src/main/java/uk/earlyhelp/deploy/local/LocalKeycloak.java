package uk.earlyhelp.deploy.local;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak for {@code deploy/run-local --sign-in}, so that the pages sign people in with the OpenID Connect
 * authorization code flow locally just as they do against a council's identity provider in production, instead of
 * with a pasted dev token.
 *
 * <p>It runs Keycloak's own distribution in development mode (plain HTTP, an H2 database), as a process of its own
 * like the broker and the services. The distribution comes from Maven Central through the project's Maven Wrapper,
 * so a mirror or proxy in the Maven settings is honoured and the zip is cached in the local repository after the
 * first run. Everything Keycloak writes, its database included, stays under the work directory: a fresh work
 * directory is a fresh realm.
 *
 * <p>The realm ({@code keycloak/earlyhelp-realm.json}) is for local development only and deliberately insecure:
 * the client secret is the constant {@link #DEV_CLIENT_SECRET}, each user's password is its user name, the client
 * may redirect to any port and path on localhost or 127.0.0.1 (the tests run the services on free ports), and the
 * admin console's user is admin/admin. Sessions last 12 hours, so a duty screen left open for a shift stays signed
 * in. User ids are fixed in the realm file: a person's {@code sub} stays the same when the realm is made afresh but
 * the services' databases, which remember who drafted a claims batch, are kept.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String VERSION = "26.5.6";
    public static final String REALM = "earlyhelp";
    public static final String CLIENT_ID = "earlyhelp";

    /** The services' local sign-in is configured with it; only the local dev realm knows it. */
    public static final String DEV_CLIENT_SECRET = "earlyhelp-local-only";

    private static final String REALM_RESOURCE = "/keycloak/earlyhelp-realm.json";
    private static final String ADMIN = "admin";
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Someone to sign in as. The realm file declares the same users; a password equal to the user name is fine for
     * a realm that only ever runs on a developer's machine.
     */
    public record User(String username, String password, String role, String description) {}

    private static final List<User> USERS = List.of(
            user("partner", "partner", "refers families through the API (agency police)"),
            user("duty-officer", "duty-officer", "the duty screen, /duty"),
            user("caseworker", "caseworker", "works with the families"),
            user("finance-officer", "finance-officer", "the claims page, /claims"),
            // The officer who drafts a claims batch may not approve it.
            user("finance-officer-2", "finance-officer", "a second finance officer, to approve a batch"),
            user("manager", "manager", "the outcomes dashboard, /insights"),
            user("data-protection", "data-protection", "subject access and erasure"),
            user("operator", "operator", "operational tasks (projection rebuilds)"));

    private final Process process;
    private final int port;
    private final Path log;

    private LocalKeycloak(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Keycloak on {@code port} with the realm imported and waits until the realm answers. The first start in
     * a work directory fetches and unpacks the distribution (a minute or more); later ones reuse it.
     */
    public static LocalKeycloak start(Path projectDir, Path workDir, int port) {
        Path log = workDir.resolve("logs").resolve("keycloak.log");
        try {
            Files.createDirectories(log.getParent());
            Path home = distribution(projectDir, workDir);
            writeRealm(home);
            ProcessBuilder builder = new ProcessBuilder(
                            "bash",
                            home.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--http-port=" + port,
                            // The issuer the services are told, whatever address a request came to.
                            "--hostname=http://localhost:" + port,
                            "--import-realm")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN);
            // On Java 24 and later its thread pool fails, noisily, when a thread ends without this.
            env.merge(
                    "JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED", (own, ours) -> own + " " + ours);
            LocalKeycloak keycloak = new LocalKeycloak(builder.start(), port, log);
            try {
                keycloak.awaitRealm();
            } catch (RuntimeException e) {
                keycloak.close();
                throw e;
            }
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak in " + workDir, e);
        }
    }

    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public String clientId() {
        return CLIENT_ID;
    }

    public String clientSecret() {
        return DEV_CLIENT_SECRET;
    }

    public static List<User> users() {
        return USERS;
    }

    /** For the runner to print: where Keycloak is and whom to sign in as. */
    public String signInHelp() {
        StringBuilder help = new StringBuilder()
                .append("Sign in on the pages as one of these (Keycloak ")
                .append(baseUrl())
                .append(", realm ")
                .append(REALM)
                .append("; admin console ")
                .append(baseUrl())
                .append("/admin as admin/admin):\n")
                .append(String.format("  %-20s %-20s %-16s %s%n", "user", "password", "role", ""));
        for (User user : USERS) {
            help.append(String.format(
                    "  %-20s %-20s %-16s %s%n", user.username(), user.password(), user.role(), user.description()));
        }
        return help.toString();
    }

    /** Stops Keycloak (SIGTERM to the script and the JVM it started, SIGKILL if they linger) and waits for it. */
    @Override
    public void close() {
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .toList();
        tree.forEach(ProcessHandle::destroy);
        if (!awaitExit(tree, STOP_TIMEOUT)) {
            tree.forEach(ProcessHandle::destroyForcibly);
            awaitExit(tree, Duration.ofSeconds(10));
        }
    }

    private static boolean awaitExit(List<ProcessHandle> tree, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (tree.stream().anyMatch(ProcessHandle::isAlive)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            LocalRunner.sleep(Duration.ofMillis(100));
        }
        return true;
    }

    /**
     * The unpacked distribution, fetched first if this work directory has none. It is unpacked beside its final
     * place and then moved there, so a run stopped halfway leaves nothing that looks complete.
     */
    private static Path distribution(Path projectDir, Path workDir) throws IOException {
        Path dir = workDir.resolve("keycloak");
        Path home = dir.resolve("keycloak-" + VERSION);
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Files.createDirectories(dir);
        Path zip = dir.resolve("keycloak-quarkus-dist-" + VERSION + ".zip");
        // A zip left by an interrupted copy may be cut short; the Maven repository holds the whole one.
        Files.deleteIfExists(zip);
        System.out.println("Unpacking Keycloak " + VERSION + " into " + dir
                + " (the Maven Wrapper fetches it first if the Maven repository lacks it: about 165 MB)");
        download(projectDir, dir, workDir.resolve("logs").resolve("keycloak-download.log"));
        Path staging = dir.resolve("unpacking");
        deleteRecursively(staging);
        unzip(zip, staging);
        Files.move(staging.resolve("keycloak-" + VERSION), home, StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(staging);
        Files.delete(zip);
        return home;
    }

    private static void download(Path projectDir, Path dir, Path log) throws IOException {
        // Non-recursive (-N): the goal needs no module, and would otherwise run once per module of the reactor.
        ProcessBuilder builder = new ProcessBuilder(
                        projectDir.resolve("mvnw").toString(),
                        "-B",
                        "-q",
                        "-N",
                        "dependency:copy",
                        "-Dartifact=org.keycloak:keycloak-quarkus-dist:" + VERSION + ":zip",
                        "-DoutputDirectory=" + dir.toAbsolutePath())
                .directory(projectDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process maven = builder.start();
        try {
            if (!maven.waitFor(DOWNLOAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                maven.descendants().forEach(ProcessHandle::destroyForcibly);
                maven.destroyForcibly();
                throw new IllegalStateException(
                        "Fetching Keycloak took longer than " + DOWNLOAD_TIMEOUT + LocalRunner.tailOf(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly();
            throw new IllegalStateException("Interrupted while fetching Keycloak", e);
        }
        Path zip = dir.resolve("keycloak-quarkus-dist-" + VERSION + ".zip");
        if (maven.exitValue() != 0 || !Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Maven Wrapper could not fetch Keycloak (exit " + maven.exitValue()
                    + ")" + LocalRunner.tailOf(log));
        }
    }

    /** Unix file modes are not in the JDK's zip API, so the scripts are made executable by name. */
    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip)))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("The zip entry " + entry.getName() + " points outside " + target);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                if (file.getFileName().toString().endsWith(".sh")) {
                    file.toFile().setExecutable(true, false);
                }
            }
        }
    }

    /**
     * Puts the realm where {@code --import-realm} reads it. Keycloak imports a realm only if it has none of that name,
     * so when the realm file has changed since the last start the database is dropped and the realm made afresh.
     */
    private static void writeRealm(Path home) throws IOException {
        byte[] realm;
        try (InputStream in = LocalKeycloak.class.getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + REALM_RESOURCE + " on the class path");
            }
            realm = in.readAllBytes();
        }
        Path imported = home.resolve("data/import").resolve(REALM + "-realm.json");
        if (Files.exists(imported) && !Arrays.equals(Files.readAllBytes(imported), realm)) {
            System.out.println("The Keycloak realm file has changed: its local database is made afresh");
            deleteRecursively(home.resolve("data/h2"));
        }
        Files.createDirectories(imported.getParent());
        Files.write(imported, realm);
    }

    private void awaitRealm() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!LocalRunner.answersOk(http, discovery)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak exited with " + process.exitValue() + " while starting" + LocalRunner.tailOf(log));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Keycloak's realm " + REALM + " did not answer within " + START_TIMEOUT
                        + LocalRunner.tailOf(log));
            }
            LocalRunner.sleep(Duration.ofMillis(500));
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static User user(String username, String role, String description) {
        return new User(username, username, role, description);
    }
}
