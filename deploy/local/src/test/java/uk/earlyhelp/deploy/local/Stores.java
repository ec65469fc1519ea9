package uk.earlyhelp.deploy.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the services' own databases of a running system: the end-to-end tests' exactly-once checks. */
final class Stores {

    private Stores() {}

    static long count(LocalRunner runner, Service service, String query) {
        return Long.parseLong(rows(runner, service, query).getFirst());
    }

    /** Each row of the query's answer, its columns joined by tabs. */
    static List<String> rows(LocalRunner runner, Service service, String query) {
        Postgres postgres = runner.settings().postgres();
        String database = runner.settings().database(service);
        List<String> found = new ArrayList<>();
        try (Connection connection =
                        DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(column > 1 ? "\t" : "").append(rows.getString(column));
                }
                found.add(row.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not query " + database + ": " + query, e);
        }
        return found;
    }

    /** Every row of a table in a fixed order, each as its text: for comparing a read model with a rebuild. */
    static List<String> table(LocalRunner runner, Service service, String table) {
        return rows(runner, service, "SELECT t::text FROM " + table + " t ORDER BY 1");
    }

    /**
     * In every service: no event stored twice in its event store (by event id) and no Kafka record handled
     * twice by a consumer (by {@code ce_id}).
     */
    static void assertNothingStoredOrHandledTwice(LocalRunner runner) {
        for (Service service : Service.values()) {
            assertEquals(List.of(), rows(runner, service, """
                            SELECT event_identifier FROM domain_event_entry
                            GROUP BY event_identifier HAVING count(*) > 1"""), service + " stored an event twice");
            assertEquals(List.of(), rows(runner, service, """
                            SELECT consumer, ce_id FROM inbox GROUP BY consumer, ce_id HAVING count(*) > 1"""), service + " handled a record twice");
        }
    }
}
