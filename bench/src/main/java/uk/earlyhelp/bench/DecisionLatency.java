package uk.earlyhelp.bench;

/**
 * Decision latency at a light, steady load (docs/operations.md, "Measuring performance"): referrals of new families
 * offered open-loop at {@code bench.rate} per second ({@link LoadPhase}), each with an intended send time; a
 * referral's latency runs from that time until its eligibility decision is on the eligibility topic, read by a
 * Kafka consumer that puts no load on the services. The warm-up is not counted. Prints p50/p90/p99/max from an
 * HdrHistogram.
 *
 * <p>{@code bench/run-scenario DecisionLatency}. Options: {@code bench.rate} (20), {@code bench.warmup-seconds} (10),
 * {@code bench.seconds} (30), {@code bench.catch-up-timeout-seconds} (600).
 */
public final class DecisionLatency {

    private DecisionLatency() {}

    public static void main(String[] args) {
        BenchSystem.runAlone(1, false, DecisionLatency::run);
    }

    static void run(BenchSystem system) throws Exception {
        LoadPhase.openLoop(system, Integer.getInteger("bench.rate", 20)).reportLatency();
    }
}
