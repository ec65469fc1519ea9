package uk.earlyhelp.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.earlyhelp.deploy.local.Service;

/**
 * Two instances of every service (docs/operations.md, "Running at scale"), referrals posted to the two referral
 * instances in turn: open-loop at one offered rate, then flat out, accepted/s and decided/s as in {@link Throughput}.
 * Then which instance holds which segments of each event processor ({@code token_entry} in each service's
 * database), to show that both instances take a share of the work.
 *
 * <p>{@code bench/run-scenario TwoInstances} (measures the limits first, on this system). Options:
 * {@code bench.two-instances-rate} (100 per second), and {@link LoadPhase}'s: {@code bench.warmup-seconds} (10),
 * {@code bench.seconds} (30), {@code bench.flat-out-clients} (16), {@code bench.catch-up-timeout-seconds} (600).
 */
public final class TwoInstances {

    private TwoInstances() {}

    public static void main(String[] args) {
        BenchSystem.runAlone(2, true, TwoInstances::run);
    }

    static void run(BenchSystem system) throws Exception {
        LoadPhase.openLoop(system, Integer.getInteger("bench.two-instances-rate", 100))
                .report();
        LoadPhase.flatOut(system).report();
        for (Service service : Service.values()) {
            segmentsByInstance(system, service)
                    .forEach((processor, holders) -> BenchTable.value(
                            "%s: %s, event processor %s: segments held, by instance"
                                    .formatted(system.label(), service.module(), processor),
                            holders));
        }
    }

    /** Each processor's segments grouped by the instance that claims them, e.g. {@code #0: 0, 2; #1: 1, 3}. */
    private static Map<String, String> segmentsByInstance(BenchSystem system, Service service) throws Exception {
        Map<String, Map<String, List<Integer>>> held = new TreeMap<>();
        try (Connection connection = system.connect(service);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT processor_name, segment, owner FROM token_entry ORDER BY processor_name, segment")) {
            while (rows.next()) {
                String owner = rows.getString("owner");
                String holder = owner == null ? "unclaimed" : system.instanceOf(service, owner);
                held.computeIfAbsent(rows.getString("processor_name"), processor -> new TreeMap<>())
                        .computeIfAbsent(holder, instance -> new ArrayList<>())
                        .add(rows.getInt("segment"));
            }
        }
        Map<String, String> described = new LinkedHashMap<>();
        held.forEach((processor, byHolder) -> described.put(
                processor,
                byHolder.entrySet().stream()
                        .map(entry -> entry.getKey() + ": "
                                + entry.getValue().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; "))));
        return described;
    }
}
