package uk.earlyhelp.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Referrals/s accepted and decided (docs/operations.md, "Measuring performance"): open-loop phases at offered rates,
 * then a flat-out phase, each with a warm-up, a steady phase and a wait until every consumer has caught up
 * ({@link LoadPhase}). Accepted/s counts the POSTs answered 202 among those intended in the steady phase; decided/s
 * the decisions seen on the eligibility topic during it; a phase kept up when nearly all it offered was decided
 * within it. Latencies run from each referral's intended send time to its decision on the topic.
 *
 * <p>{@code bench/run-scenario Throughput} (measures the limits first). Options: {@code bench.rates} (25,50,100,200
 * per second), and {@link LoadPhase}'s: {@code bench.warmup-seconds} (10), {@code bench.seconds} (30),
 * {@code bench.flat-out-clients} (16), {@code bench.catch-up-timeout-seconds} (600).
 */
public final class Throughput {

    private Throughput() {}

    public static void main(String[] args) {
        BenchSystem.runAlone(1, true, Throughput::run);
    }

    static void run(BenchSystem system) throws Exception {
        for (int rate : rates()) {
            LoadPhase.openLoop(system, rate).report();
        }
        LoadPhase.flatOut(system).report();
    }

    private static List<Integer> rates() {
        return Arrays.stream(System.getProperty("bench.rates", "25,50,100,200").split(","))
                .map(String::strip)
                .map(Integer::parseInt)
                .toList();
    }
}
