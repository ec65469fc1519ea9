package uk.earlyhelp.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Checks a service's API document (what {@code /q/openapi} serves) as a council's integrator would: Redocly's
 * recommended rules, run by the CLI pinned in {@code deploy/api-lint}, must report no error, and every operation must
 * have an operationId (a client generator's method name). Where the node modules are missing the lint is skipped
 * with a message, except with {@code EARLYHELP_API_LINT=required} (set by {@code .ci/run}, which installs them),
 * where it fails instead.
 */
public final class ApiLint {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    private ApiLint() {}

    /**
     * Lints {@code document} (YAML or JSON) with {@code redocly lint --extends=recommended}, no configuration file, and
     * fails the test showing Redocly's report unless it exits 0 (warnings only) within two minutes.
     */
    public static void assertNoErrors(Path projectDir, String serviceName, String document)
            throws IOException, InterruptedException {
        Path apiLint = projectDir.resolve("deploy/api-lint");
        Path redocly = apiLint.resolve("node_modules/@redocly/cli/bin/cli.js");
        if (!"required".equals(System.getenv("EARLYHELP_API_LINT"))) {
            Assumptions.assumeTrue(
                    Files.isRegularFile(redocly),
                    "The API lint needs 'npm ci --prefix deploy/api-lint'; .ci/run installs it and sets"
                            + " EARLYHELP_API_LINT=required so it cannot be skipped there");
        }
        // Kept under target so that a failure can be read again, beside Redocly's report.
        Path lintDir = Files.createDirectories(Path.of("target", "api-lint"));
        Path file = lintDir.resolve(serviceName + ".yaml");
        Path report = lintDir.resolve(serviceName + ".lint.txt");
        Files.writeString(file, document);
        ProcessBuilder lint = new ProcessBuilder(
                        "node",
                        redocly.toString(),
                        "lint",
                        "--extends=recommended",
                        "--format=stylish",
                        file.toAbsolutePath().toString())
                // Run where there is no redocly.yaml, so that only the rules named here apply.
                .directory(lintDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(report.toFile());
        // The tests run offline: no usage report to Redocly, no check for a newer version.
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process run = lint.start();
        boolean finished = run.waitFor(2, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }
        assertTrue(
                finished && run.exitValue() == 0,
                "Redocly's recommended rules report errors in " + serviceName + "'s API document (" + file + "):\n"
                        + Files.readString(report));
    }

    /** Fails the test naming each operation of the JSON {@code document} that has no operationId. */
    public static void assertEveryOperationHasAnId(String document) throws IOException {
        JsonNode paths = new ObjectMapper().readTree(document).path("paths");
        List<String> withoutId = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())
                        && operation.getValue().path("operationId").asText().isBlank()) {
                    withoutId.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertTrue(paths.size() > 0, "The document has no paths:\n" + document);
        assertEquals(List.of(), withoutId, "Operations without an operationId");
    }
}
