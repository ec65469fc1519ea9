package uk.earlyhelp.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.HdrHistogram.Histogram;

/**
 * One phase of referrals of new families (docs/operations.md, "Measuring performance"): a warm-up, not counted, then a
 * steady phase, then a wait until every consumer has caught up, so that the next phase starts from an empty pipeline.
 * Offered load is open-loop: each referral has an intended send time and is sent then, whether or not earlier ones
 * have been answered, and its latency counts from that time (no coordinated omission). The flat-out phase instead has
 * a fixed number of clients each posting as soon as its previous referral is answered.
 *
 * <p>Options: {@code bench.warmup-seconds} (10), {@code bench.seconds} (30, the steady phase),
 * {@code bench.flat-out-clients} (16), {@code bench.catch-up-timeout-seconds} (600, how long to wait for consumers to
 * catch up after a phase).
 */
final class LoadPhase {

    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 10));
    private static final Duration STEADY = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
    private static final int FLAT_OUT_CLIENTS = Integer.getInteger("bench.flat-out-clients", 16);
    private static final Duration CATCH_UP_TIMEOUT =
            Duration.ofSeconds(Long.getLong("bench.catch-up-timeout-seconds", 600));

    /** A send started later than this after its intended time counts as late (its latency still runs from then). */
    private static final long LATE_NANOS = Duration.ofMillis(10).toNanos();

    /** The share of the offered referrals that must be decided within the phase for the system to have kept up. */
    private static final double KEPT_UP = 0.95;

    /** A referral sent {@code startDelay} ns after its intended time (always 0 flat out: no schedule to miss). */
    private record Send(long intendedAt, long startDelay, CompletableFuture<Optional<String>> familyId) {}

    /**
     * What a phase measured over its steady part.
     *
     * @param phase how rows name the phase: the system and the load
     * @param offered referrals whose intended send time lies in the steady phase
     * @param late of those, the ones whose send started more than 10 ms after its intended time
     * @param latestStart the most any of those started after its intended time (ns)
     * @param accepted of those, the ones answered 202
     * @param decided families whose first decision was seen on the topic during the steady phase, whenever referred
     * @param latency intended send to decision seen on the topic (ns), of the accepted ones decided by the end
     * @param undecided accepted ones still without a decision when the phase ended (after catching up)
     * @param caughtUpSeconds from the end of the steady phase until every consumer had caught up; NaN if they never did
     * @param cpu the CPU each part of the system used during the steady phase
     */
    record Result(
            String phase,
            int offered,
            int late,
            long latestStart,
            int accepted,
            long decided,
            Histogram latency,
            int undecided,
            double caughtUpSeconds,
            CpuUse.Used cpu) {

        double acceptedPerSecond() {
            return accepted / (double) STEADY.toSeconds();
        }

        double decidedPerSecond() {
            return decided / (double) STEADY.toSeconds();
        }

        boolean keptUp() {
            return decided >= KEPT_UP * offered;
        }

        /** Accepted and decided referrals/s, how long catching up took, and the latencies. */
        void report() {
            BenchTable.perSecond(
                    "%s: offered %d (%d sent over 10 ms late, the latest %.0f ms), answered 202: %d; accepted referrals/s"
                            .formatted(phase, offered, late, latestStart / 1e6, accepted),
                    acceptedPerSecond());
            BenchTable.perSecond(
                    "%s: decisions seen on the eligibility topic during the phase: %d for %d offered (%s);"
                                    .formatted(phase, decided, offered, keptUp() ? "kept up" : "did not keep up")
                            + " decided referrals/s",
                    decidedPerSecond());
            BenchTable.value(
                    phase + ": every consumer group and event processor caught up, after the phase (s)",
                    Double.isNaN(caughtUpSeconds)
                            ? "not within " + CATCH_UP_TIMEOUT.toSeconds()
                            : "%.1f".formatted(caughtUpSeconds));
            reportLatency();
            BenchTable.value(
                    phase + ": CPU per accepted referral during the phase (ms), by part of the system",
                    cpu.perReferral(accepted));
        }

        /** The latencies alone, with the counts they are taken over. */
        void reportLatency() {
            BenchTable.value(
                    "%s: offered %d, accepted %d, undecided %d; intended send to decision seen on the topic,"
                                    .formatted(phase, offered, accepted, undecided)
                            + " p50 / p90 / p99 / max (ms)",
                    latency.getTotalCount() == 0
                            ? "-"
                            : "%.0f / %.0f / %.0f / %.0f"
                                    .formatted(
                                            latency.getValueAtPercentile(50) / 1e6,
                                            latency.getValueAtPercentile(90) / 1e6,
                                            latency.getValueAtPercentile(99) / 1e6,
                                            latency.getMaxValue() / 1e6));
        }
    }

    private LoadPhase() {}

    /** Referrals at {@code perSecond}, each sent at its intended time by this thread, answers taken asynchronously. */
    static Result openLoop(BenchSystem system, int perSecond) throws Exception {
        long period = 1_000_000_000L / perSecond;
        long count = perSecond * (WARM_UP.toSeconds() + STEADY.toSeconds());
        List<Send> sends = new ArrayList<>();
        long start = System.nanoTime();
        CompletableFuture<CpuUse.Used> cpu = cpuInSteadyPhase(system, start);
        for (long i = 0; i < count; i++) {
            long intendedAt = start + i * period;
            sleepUntil(intendedAt);
            sends.add(new Send(intendedAt, System.nanoTime() - intendedAt, system.refer()));
        }
        return measure(system, "at %d/s open-loop".formatted(perSecond), start, sends, cpu);
    }

    /** Referrals from {@code bench.flat-out-clients} clients, each posting again as soon as it is answered. */
    static Result flatOut(BenchSystem system) throws Exception {
        List<Send> sends = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long end = start + WARM_UP.toNanos() + STEADY.toNanos();
        CompletableFuture<CpuUse.Used> cpu = cpuInSteadyPhase(system, start);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < FLAT_OUT_CLIENTS; i++) {
            clients.add(Thread.ofVirtual().start(() -> {
                long sentAt;
                while ((sentAt = System.nanoTime()) < end) {
                    CompletableFuture<Optional<String>> familyId = system.refer();
                    sends.add(new Send(sentAt, 0, familyId));
                    familyId.join();
                }
            }));
        }
        for (Thread client : clients) {
            client.join();
        }
        return measure(
                system,
                "flat out (%d clients back to back)".formatted(FLAT_OUT_CLIENTS),
                start,
                List.copyOf(sends),
                cpu);
    }

    private static CompletableFuture<CpuUse.Used> cpuInSteadyPhase(BenchSystem system, long start) {
        long steadyFrom = start + WARM_UP.toNanos();
        return CpuUse.between(system, steadyFrom, steadyFrom + STEADY.toNanos());
    }

    private static Result measure(
            BenchSystem system, String what, long start, List<Send> sends, CompletableFuture<CpuUse.Used> cpu)
            throws Exception {
        long steadyFrom = start + WARM_UP.toNanos();
        long steadyTo = steadyFrom + STEADY.toNanos();
        sleepUntil(steadyTo);
        CompletableFuture.allOf(sends.stream().map(Send::familyId).toArray(CompletableFuture[]::new))
                .join();
        OptionalLong caughtUpAt = system.awaitCaughtUp(CATCH_UP_TIMEOUT);
        List<String> acceptedFamilies = sends.stream()
                .map(send -> send.familyId().join())
                .flatMap(Optional::stream)
                .toList();
        // Caught up, the last decisions are on the topic: the observer may still be a poll behind.
        Decisions decisions = system.decisions();
        decisions.awaitSeen(acceptedFamilies, Duration.ofSeconds(10));

        int offered = 0;
        int late = 0;
        long latestStart = 0;
        int accepted = 0;
        int undecided = 0;
        Histogram latency = new Histogram(3);
        for (Send send : sends) {
            if (send.intendedAt() < steadyFrom || send.intendedAt() >= steadyTo) {
                continue;
            }
            offered++;
            late += send.startDelay() > LATE_NANOS ? 1 : 0;
            latestStart = Math.max(latestStart, send.startDelay());
            Optional<String> familyId = send.familyId().join();
            if (familyId.isEmpty()) {
                continue;
            }
            accepted++;
            Long decidedAt = decisions.seenAt(familyId.get());
            if (decidedAt == null) {
                undecided++;
            } else {
                latency.recordValue(Math.max(0, decidedAt - send.intendedAt()));
            }
        }
        return new Result(
                "%s: referrals %s (%d s warm-up, then %d s)"
                        .formatted(system.label(), what, WARM_UP.toSeconds(), STEADY.toSeconds()),
                offered,
                late,
                latestStart,
                accepted,
                decisions.seenBetween(steadyFrom, steadyTo),
                latency,
                undecided,
                caughtUpAt.isPresent() ? BenchSystem.seconds(caughtUpAt.getAsLong() - steadyTo) : Double.NaN,
                cpu.join());
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }
}
