package uk.earlyhelp.deploy.local;

import java.nio.file.Path;
import java.util.UUID;

/** The end-to-end tests' one way to start the whole system: free ports, fresh databases, work dir in target/. */
final class TestSystems {

    private TestSystems() {}

    /** {@code instances} of every service; {@code name} prefixes the run's work directory under target/. */
    static LocalRunner start(String name, int instances) {
        Path projectDir =
                Path.of(System.getProperty("earlyhelp.project.dir", "../..")).toAbsolutePath();
        Path workDir = Path.of("target", name + "-" + UUID.randomUUID()).toAbsolutePath();
        return LocalRunner.start(LocalRunner.Settings.forTest(projectDir, workDir, instances));
    }
}
