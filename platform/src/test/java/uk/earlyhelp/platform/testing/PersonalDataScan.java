package uk.earlyhelp.platform.testing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks for traces of personal data in every column of every table of a database: each value as text
 * (names in text, varchar, jsonb and arrays; dates of birth in date columns) and each {@code bytea} as
 * UTF-8 bytes (event payloads, snapshots, tokens). What an erasure must leave nowhere.
 */
public final class PersonalDataScan {

    /** Where one of the searched strings was found. */
    public record Trace(String table, String column, String found) {}

    private PersonalDataScan() {}

    public static List<Trace> find(Connection connection, List<String> needles) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                        SELECT c.table_name, c.column_name, c.data_type
                        FROM information_schema.columns c
                        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                        ORDER BY c.table_name, c.ordinal_position""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        List<Trace> traces = new ArrayList<>();
        for (String[] column : columns) {
            boolean bytes = column[2].equals("bytea");
            String sql = "SELECT count(*) FROM \"" + column[0] + "\" WHERE "
                    + (bytes
                            ? "position(? in \"" + column[1] + "\") > 0"
                            : "position(? in \"" + column[1] + "\"::text) > 0");
            for (String needle : needles) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    if (bytes) {
                        statement.setBytes(1, needle.getBytes(StandardCharsets.UTF_8));
                    } else {
                        statement.setString(1, needle);
                    }
                    try (ResultSet count = statement.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            traces.add(new Trace(column[0], column[1], needle));
                        }
                    }
                }
            }
        }
        return traces;
    }
}
