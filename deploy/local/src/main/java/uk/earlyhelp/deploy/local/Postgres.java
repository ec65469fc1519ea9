package uk.earlyhelp.deploy.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The PostgreSQL server the services use: {@code PGHOST}/{@code PGPORT}/{@code PGUSER}/{@code PGPASSWORD}.
 *
 * @param configured whether {@code PGHOST} was set: a configured server is always used, never replaced by an
 *     embedded one
 */
public record Postgres(String host, int port, String user, String password, boolean configured) {

    public static Postgres fromEnvironment() {
        return new Postgres(
                env("PGHOST", "127.0.0.1"),
                Integer.parseInt(env("PGPORT", "5432")),
                env("PGUSER", "postgres"),
                env("PGPASSWORD", ""),
                System.getenv("PGHOST") != null);
    }

    /**
     * Where no server answers and none was configured (a laptop with only a JDK), starts an embedded
     * PostgreSQL on this address's port with its data kept in {@code dataDir}; otherwise returns nothing.
     */
    public Optional<EmbeddedPostgres> startEmbeddedIfAbsent(Path dataDir) {
        if (isReachable()) {
            return Optional.empty();
        }
        if (configured) {
            throw new IllegalStateException("PostgreSQL at " + describe() + " (PGHOST) does not answer");
        }
        try {
            return Optional.of(EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "No PostgreSQL at " + describe() + ", and an embedded one would not start", e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String describe() {
        return host + ":" + port;
    }

    public boolean isReachable() {
        try (Connection ignored = connect("postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    public void createDatabaseIfMissing(String database) {
        requireSafeName(database);
        try (Connection connection = connect("postgres");
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet row = exists.executeQuery()) {
                if (!row.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " on " + describe(), e);
        }
    }

    public void dropDatabase(String database) {
        requireSafeName(database);
        try (Connection connection = connect("postgres");
                Statement drop = connection.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + database, e);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    private static void requireSafeName(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
