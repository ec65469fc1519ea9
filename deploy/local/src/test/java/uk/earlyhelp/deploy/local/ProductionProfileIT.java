package uk.earlyhelp.deploy.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.deploy.kafka.KafkaBroker;

/**
 * A packaged service started as it is runs in the {@code prod} profile (docs/operations.md, "Security and
 * operations"): it refuses to start with the master key published in this repository, or with a moved clock,
 * and says which setting is wrong; configured as production should be, it starts.
 */
class ProductionProfileIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final String DEV_MASTER_KEY = "N+YfuJLPzTYJQ1H+zzuHCTFYLQhmckPpAu+9yYDXJA4=";

    private static Path workDir;
    private static Postgres postgres;
    private static Optional<EmbeddedPostgres> embedded;
    private static String database;

    @BeforeAll
    static void database() throws IOException {
        workDir = Files.createDirectories(
                Path.of("target", "prod-profile-" + UUID.randomUUID()).toAbsolutePath());
        postgres = Postgres.fromEnvironment();
        embedded = postgres.startEmbeddedIfAbsent(workDir.resolve("postgres"));
        database = "prod_" + UUID.randomUUID().toString().substring(0, 8);
        postgres.createDatabaseIfMissing(database);
    }

    @AfterAll
    static void dropDatabase() throws IOException {
        postgres.dropDatabase(database);
        if (embedded.isPresent()) {
            embedded.get().close();
        }
    }

    @Test
    void refusesTheDevMasterKeyAndNamesIt() throws Exception {
        Started service = start(List.of(
                "-Dearlyhelp.crypto.master-key-version=dev-1",
                "-Dearlyhelp.crypto.master-keys.dev-1=" + DEV_MASTER_KEY));
        assertTrue(service.exited(), "a prod service with the dev master key must not start:\n" + service.output());
        assertNotEquals(0, service.exitCode());
        assertTrue(
                service.output().contains("earlyhelp.crypto.master-keys.dev-1 is a dev master key"), service.output());
    }

    @Test
    void refusesAMovedClock() throws Exception {
        Started service = start(productionKey("-Dearlyhelp.clock.offset=P400D"));
        assertTrue(service.exited(), "a prod service with a clock offset must not start:\n" + service.output());
        assertTrue(service.output().contains("EARLYHELP_CLOCK_OFFSET"), service.output());
    }

    @Test
    void startsWhenConfiguredForProduction() throws Exception {
        Started service = start(productionKey());
        assertFalse(service.exited(), "a properly configured prod service starts:\n" + service.output());
        assertFalse(service.output().contains("Refusing to start"), service.output());
        // Its logs are JSON, one object a line, for the council's log platform.
        assertTrue(
                service.output().lines().anyMatch(line -> line.startsWith("{") && line.contains("\"loggerName\"")),
                "prod logs are JSON:\n" + service.output());
    }

    /** A council's own master key, not the published one. */
    private static List<String> productionKey(String... more) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        List<String> options = new ArrayList<>(List.of(
                "-Dearlyhelp.crypto.master-key-version=2026-11",
                "-Dearlyhelp.crypto.master-keys.2026-11=" + Base64.getEncoder().encodeToString(key)));
        options.addAll(List.of(more));
        return options;
    }

    private record Started(boolean exited, int exitCode, String output) {}

    /**
     * Starts referral-service (it holds personal data) without a profile, waits until it is live or has exited,
     * and stops it.
     */
    private static Started start(List<String> options) throws Exception {
        int port = KafkaBroker.freePort();
        Path log = workDir.resolve("referral-" + UUID.randomUUID() + ".log");
        Path projectDir =
                Path.of(System.getProperty("earlyhelp.project.dir", "../..")).toAbsolutePath();
        List<String> command = new ArrayList<>(
                List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-XX:+UseSerialGC"));
        // The council's identity provider; nothing answers there, and nothing here needs it to.
        command.add("-Dquarkus.oidc.auth-server-url=http://127.0.0.1:" + KafkaBroker.freePort() + "/realms/council");
        command.addAll(options);
        command.addAll(List.of("-jar", Service.REFERRAL.jar(projectDir).toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.remove("QUARKUS_PROFILE");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        // No broker: the check must not depend on one, and topics are created by the platform team in prod.
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + KafkaBroker.freePort());
        env.put("EARLYHELP_KAFKA_CREATE_TOPICS", "false");
        Process process = builder.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (process.waitFor(500, TimeUnit.MILLISECONDS)) {
                    return new Started(true, process.exitValue(), Files.readString(log));
                }
                if (isLive(http, port)) {
                    return new Started(false, -1, Files.readString(log));
                }
            }
            throw new AssertionError("referral-service neither started nor exited:\n" + Files.readString(log));
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static boolean isLive(HttpClient http, int port) {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/live"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(200, response.statusCode(), "liveness once the port answers");
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
