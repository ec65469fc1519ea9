package uk.earlyhelp.deploy.local;

import java.nio.file.Path;

/** The four services, their ports on the local runner (docs/operations.md, "Running locally") and their databases. */
public enum Service {
    REFERRAL("referral-service", 8081, "referral"),
    ELIGIBILITY("eligibility-service", 8082, "eligibility"),
    CASEWORK("casework-service", 8083, "casework"),
    PAYMENT_BY_RESULTS("payment-by-results-service", 8084, "pbr");

    private final String module;
    private final int port;
    private final String database;

    Service(String module, int port, String database) {
        this.module = module;
        this.port = port;
        this.database = database;
    }

    public String module() {
        return module;
    }

    /** The port of instance {@code i} when the runner starts several: base + 100·i. */
    public int port(int instance) {
        return port + 100 * instance;
    }

    public String database() {
        return database;
    }

    /** The packaged application Quarkus builds in the service's module. */
    public Path jar(Path projectDir) {
        return projectDir.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
