package uk.earlyhelp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.earlyhelp.deploy.local.Service;

/**
 * Each service's resident memory (after whatever load ran before it on this system) and how long it takes to start
 * alone after a kill -9 until it is healthy again, as after a crash: instance 0 of each, one at a time.
 *
 * <p>{@code bench/run-scenario Footprint}: on a system that has had no load, the memory is the services' idle
 * footprint. No options.
 */
public final class Footprint {

    private Footprint() {}

    public static void main(String[] args) {
        BenchSystem.runAlone(1, false, Footprint::run);
    }

    static void run(BenchSystem system) {
        for (Service service : Service.values()) {
            long rss = rssMegabytes(system, service);
            system.runner().kill(service, 0);
            long start = System.nanoTime();
            system.runner().restart(service, 0);
            BenchTable.value(
                    service.module() + ": RSS after the load (MB) / start alone after kill -9, until healthy (s)",
                    "%d / %.1f".formatted(rss, BenchSystem.seconds(System.nanoTime() - start)));
        }
    }

    /** VmRSS of the service's process, or -1 when it cannot be read. */
    private static long rssMegabytes(BenchSystem system, Service service) {
        return system.process(service, 0)
                .map(process -> {
                    try {
                        return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                                .filter(line -> line.startsWith("VmRSS:"))
                                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                                .findFirst()
                                .orElse(-1L);
                    } catch (IOException e) {
                        return -1L;
                    }
                })
                .orElse(-1L);
    }
}
