package uk.earlyhelp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The Markdown table a run prints as it goes and again, whole, at the end (bench/RESULTS.md keeps it). Every
 * throughput stands beside the machine's limits measured in the same run ({@link Limits}), because figures on a
 * shared two-core machine vary up to twofold between runs while their ratios to the limits vary much less.
 */
final class BenchTable {

    /** A run's scenarios, on systems they start themselves. */
    interface Run {
        void run() throws Exception;
    }

    private static final List<String> rows = new ArrayList<>();

    /** PostgreSQL single-row commits/s with 16 clients: what the database can commit when many write at once. */
    private static double commitsPerSecond = Double.NaN;

    private static double recordsPerSecond = Double.NaN;

    private BenchTable() {}

    /** Runs {@code run} between a start and an end line (time, load average), prints the table and exits. */
    static void run(Run run) {
        // Figures read the same whatever the machine's locale (a decimal point, never a comma).
        Locale.setDefault(Locale.ROOT);
        int exit = 0;
        try {
            text(
                    "Started %s UTC on %d cores; load average %s",
                    Instant.now(), Runtime.getRuntime().availableProcessors(), loadAverage());
            row("| figure | value | ÷ PostgreSQL commits/s | ÷ Kafka records/s |");
            row("|---|---|---|---|");
            run.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            text("FAILED: %s", e);
            exit = 1;
        } finally {
            text("Ended %s UTC; load average %s", Instant.now(), loadAverage());
            System.out.println();
            System.out.println("---- the table ----");
            rows.forEach(System.out::println);
        }
        System.exit(exit);
    }

    static void limits(double postgresCommitsPerSecond, double kafkaRecordsPerSecond) {
        commitsPerSecond = postgresCommitsPerSecond;
        recordsPerSecond = kafkaRecordsPerSecond;
    }

    /** A row of something per second, with its ratios to the limits (blank when they were not measured). */
    static void perSecond(String figure, double perSecond) {
        row(
                "| %s | %.1f | %s | %s |",
                figure, perSecond, ratio(perSecond, commitsPerSecond), ratio(perSecond, recordsPerSecond));
    }

    /** A row whose value is not a rate: no ratios. */
    static void value(String figure, String value) {
        row("| %s | %s | | |", figure, value);
    }

    static void row(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        rows.add(line);
        System.out.println(line);
    }

    /** A line of text between blank lines, outside the table. */
    static void text(String format, Object... args) {
        rows.add("");
        row(format, args);
        rows.add("");
    }

    private static String ratio(double perSecond, double limit) {
        return Double.isNaN(limit) ? "" : String.format(Locale.ROOT, "%.4f", perSecond / limit);
    }

    private static String loadAverage() {
        try {
            return String.join(
                    " ",
                    Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" "))
                            .subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
