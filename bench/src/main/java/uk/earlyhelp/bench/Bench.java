package uk.earlyhelp.bench;

/**
 * The whole benchmark (docs/operations.md, "Measuring performance"; {@code bench/run}): on one system with one
 * instance of each service, {@link Limits}, {@link Throughput}, {@link DecisionLatency}, {@link ProjectionRebuild},
 * {@link Footprint} and {@link ClaimBatches} in that order; then on a second system with two instances of each,
 * {@link TwoInstances}. Each system starts with fresh databases, dropped afterwards. Prints a Markdown table in which
 * every throughput stands beside the limits measured in this same run (bench/RESULTS.md).
 *
 * <p>Options: each scenario's own (see its class), and {@code bench.two-instances} (true; false leaves the second
 * system out).
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) {
        BenchTable.run(() -> {
            try (BenchSystem one = BenchSystem.start(1)) {
                Limits.run(one);
                Throughput.run(one);
                DecisionLatency.run(one);
                ProjectionRebuild.run(one);
                Footprint.run(one);
                ClaimBatches.run(one);
            }
            if (Boolean.parseBoolean(System.getProperty("bench.two-instances", "true"))) {
                try (BenchSystem two = BenchSystem.start(2)) {
                    TwoInstances.run(two);
                }
            }
        });
    }
}
