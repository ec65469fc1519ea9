package uk.earlyhelp.platform.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs one of {@code deploy/browser}'s scripts: Playwright ({@code playwright-core}) driving Debian's Chromium,
 * no browser download. Where Chromium or the node modules are missing the test is skipped with a message,
 * except with {@code EARLYHELP_BROWSER_TESTS=required} (set by {@code .ci/run}, which installs both), where it
 * fails instead. Uses only the JDK and JUnit so that any module's tests can use it.
 */
public final class BrowserScript {

    private final Path browserDir;
    private final String script;
    private final Map<String, String> environment = new LinkedHashMap<>();

    private BrowserScript(Path browserDir, String script) {
        this.browserDir = browserDir;
        this.script = script;
    }

    /** {@code script} in {@code projectDir/deploy/browser}; skips the test here if the browser is not set up. */
    public static BrowserScript of(Path projectDir, String script) {
        Path browserDir = projectDir.resolve("deploy/browser");
        boolean ready = Files.isDirectory(browserDir.resolve("node_modules/playwright-core"))
                && Files.isExecutable(Path.of("/usr/bin/chromium"));
        if (!"required".equals(System.getenv("EARLYHELP_BROWSER_TESTS"))) {
            Assumptions.assumeTrue(
                    ready,
                    "The browser test needs Debian's chromium and 'npm ci --prefix deploy/browser'; .ci/run installs"
                            + " both and sets EARLYHELP_BROWSER_TESTS=required so it cannot be skipped there");
        }
        return new BrowserScript(browserDir, script);
    }

    public BrowserScript with(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /**
     * Runs the script with {@code SCREENSHOT} set to {@code screenshot} and fails the test, showing its output,
     * unless it exits 0 within three minutes having saved the screenshot.
     */
    public void runSaving(Path screenshot) throws IOException, InterruptedException {
        Files.deleteIfExists(screenshot);
        Path log = screenshot.resolveSibling(script.replace(".mjs", ".log"));
        ProcessBuilder node = new ProcessBuilder("node", script)
                .directory(browserDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().putAll(environment);
        node.environment().put("SCREENSHOT", screenshot.toString());
        Process run = node.start();
        boolean finished = run.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }
        assertTrue(finished && run.exitValue() == 0, script + " failed:\n" + Files.readString(log));
        assertTrue(Files.exists(screenshot) && Files.size(screenshot) > 0, script + " saved no screenshot");
    }
}
