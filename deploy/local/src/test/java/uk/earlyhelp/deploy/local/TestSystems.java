package uk.earlyhelp.deploy.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import uk.earlyhelp.deploy.kafka.KafkaBroker;

/** The end-to-end tests' one way to start the whole system: free ports, fresh databases, work dir in target/. */
final class TestSystems {

    /**
     * How far behind the front door (referral and eligibility) runs in the end-to-end tests: their families are
     * referred that long ago, so they can be attached 400 days ago and their outcomes sustained for a year by today
     * (casework refuses an attachment before the first referral; LocalRunner.Settings#withClockOffset).
     */
    static final Duration FRONT_DOOR_BEHIND = Duration.ofDays(401);

    private TestSystems() {}

    /** {@code instances} of every service; {@code name} prefixes the run's work directory under target/. */
    static LocalRunner start(String name, int instances) {
        return LocalRunner.start(settings(name, instances));
    }

    /**
     * As {@link #start}, with a Keycloak the pages sign in at (OpenID Connect), as {@code deploy/run-local --sign-in}
     * runs; the APIs still take dev tokens.
     */
    static LocalRunner startWithSignIn(String name, int instances) {
        return LocalRunner.start(settings(name, instances).withSignIn(KafkaBroker.freePort()));
    }

    private static LocalRunner.Settings settings(String name, int instances) {
        Path projectDir =
                Path.of(System.getProperty("earlyhelp.project.dir", "../..")).toAbsolutePath();
        Path workDir = Path.of("target", name + "-" + UUID.randomUUID()).toAbsolutePath();
        return LocalRunner.Settings.forTest(projectDir, workDir, instances)
                .withClockOffset(FRONT_DOOR_BEHIND.negated(), Service.REFERRAL, Service.ELIGIBILITY);
    }
}
