package uk.earlyhelp.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.earlyhelp.deploy.local.Service;

/**
 * Where a phase's CPU went: the CPU time each part of the system used over the steady phase (every instance of each
 * service, the Kafka broker, PostgreSQL's processes, this benchmark) and how busy the machine's cores were. Divided by
 * the referrals accepted it says what one referral costs each part, and whether the machine ran out of CPU before
 * PostgreSQL ran out of commits: the profile behind "what limits it" in bench/RESULTS.md.
 */
final class CpuUse {

    /** CPU time per part of the system at one moment, and the machine's busy and total jiffies from /proc/stat. */
    private record Snapshot(Map<String, Duration> byPart, long busyTicks, long allTicks) {}

    /** The CPU each part used between two snapshots, and the share of all cores that were busy. */
    record Used(Map<String, Duration> byPart, double machineBusy) {

        /** "referral-service 12.1, ..., PostgreSQL 8.0; all cores busy 97%" for {@code referrals} accepted. */
        String perReferral(int referrals) {
            if (referrals == 0) {
                return "-";
            }
            return byPart.entrySet().stream()
                            .map(part -> "%s %.1f"
                                    .formatted(part.getKey(), part.getValue().toNanos() / 1e6 / referrals))
                            .collect(Collectors.joining(", "))
                    + "; all cores busy %.0f%%".formatted(100 * machineBusy);
        }
    }

    private CpuUse() {}

    /** Snapshots at two instants ({@link System#nanoTime()}), the difference when the second is taken. */
    static CompletableFuture<Used> between(BenchSystem system, long fromNanos, long toNanos) {
        CompletableFuture<Used> used = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                LoadPhase.sleepUntil(fromNanos);
                Snapshot before = snapshot(system);
                LoadPhase.sleepUntil(toNanos);
                used.complete(difference(before, snapshot(system)));
            } catch (Exception e) {
                used.completeExceptionally(e);
            }
        });
        return used;
    }

    private static Used difference(Snapshot before, Snapshot after) {
        Map<String, Duration> byPart = new LinkedHashMap<>();
        after.byPart()
                .forEach((part, cpu) ->
                        byPart.put(part, cpu.minus(before.byPart().getOrDefault(part, cpu))));
        long all = after.allTicks() - before.allTicks();
        return new Used(byPart, all == 0 ? 0 : (after.busyTicks() - before.busyTicks()) / (double) all);
    }

    private static Snapshot snapshot(BenchSystem system) {
        Map<String, Duration> byPart = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            Duration cpu = Duration.ZERO;
            for (int instance = 0; instance < system.instances(); instance++) {
                cpu = cpu.plus(
                        system.process(service, instance).map(CpuUse::cpu).orElse(Duration.ZERO));
            }
            byPart.put(service.module(), cpu);
        }
        byPart.put("Kafka broker", total(ProcessHandle.current().children().filter(CpuUse::isBroker)));
        byPart.put("PostgreSQL", total(ProcessHandle.allProcesses().filter(CpuUse::isPostgres)));
        byPart.put("benchmark", cpu(ProcessHandle.current()));
        long[] ticks = machineTicks();
        return new Snapshot(byPart, ticks[0], ticks[1]);
    }

    private static boolean isBroker(ProcessHandle process) {
        return process.info().commandLine().orElse("").contains("kafka.Kafka");
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().orElse("").endsWith("/postgres");
    }

    private static Duration total(Stream<ProcessHandle> processes) {
        return processes.map(CpuUse::cpu).reduce(Duration.ZERO, Duration::plus);
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Busy and total jiffies of all cores: the first line of /proc/stat (idle and iowait count as not busy). */
    private static long[] machineTicks() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            String[] fields = lines.findFirst().orElseThrow().trim().split("\\s+");
            long all = 0;
            // user, nice, system, idle, iowait, irq, softirq, steal (guest time is already in user)
            for (int i = 1; i <= 8 && i < fields.length; i++) {
                all += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {all - idle, all};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
