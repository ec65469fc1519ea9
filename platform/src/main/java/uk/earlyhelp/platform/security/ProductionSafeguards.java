package uk.earlyhelp.platform.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.earlyhelp.platform.personal.MasterKeys;

/**
 * Refuses to start a service in the {@code prod} profile while anything meant for local runs and tests is
 * configured: a {@code dev-*} master key (published in this repository), no current master key where personal
 * data is held, no identity provider, the dev issuer or a fixed token key, pages that sign in with a pasted token, or
 * a clock offset. The {@code local} and {@code test} profiles, which
 * the local runner and the tests set, carry the dev keys; a packaged service started as it is runs as {@code prod}.
 * Checked before anything else starts, so a misconfigured deployment never wraps a family key or takes a request.
 */
@Singleton
public class ProductionSafeguards {

    /** The issuer the dev tokens ({@code deploy/dev-token}, the tests) sign for. */
    public static final String DEV_ISSUER = "https://earlyhelp.local/dev";

    static final String MASTER_KEYS = "earlyhelp.crypto.master-keys.";
    static final String MASTER_KEY_VERSION = "earlyhelp.crypto.master-key-version";
    static final String PERSONAL_DATA = "earlyhelp.personal-data.enabled";
    static final String CLOCK_OFFSET = "earlyhelp.clock.offset";
    static final String PROVIDER = "quarkus.oidc.auth-server-url";
    static final String ISSUER = "quarkus.oidc.token.issuer";
    static final String PUBLIC_KEY = "quarkus.oidc.public-key";
    static final String PAGES_SIGN_IN = "earlyhelp.pages.sign-in";

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start, MasterKeys masterKeys) {
        if (!ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        List<String> problems = problems(settings(ConfigProvider.getConfig(), masterKeys));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in the prod profile: " + String.join("; ", problems));
        }
    }

    /** The settings the check reads, by name (master keys by their full property name, values never kept). */
    static Map<String, String> settings(Config config, MasterKeys masterKeys) {
        Map<String, String> settings = new TreeMap<>();
        masterKeys.masterKeys().keySet().forEach(version -> settings.put(MASTER_KEYS + version, "configured"));
        // A key's value is not kept either: only that one is set.
        for (String name :
                List.of(MASTER_KEY_VERSION, PERSONAL_DATA, CLOCK_OFFSET, PROVIDER, ISSUER, PUBLIC_KEY, PAGES_SIGN_IN)) {
            config.getOptionalValue(name, String.class)
                    .ifPresent(value -> settings.put(name, name.equals(PUBLIC_KEY) ? "configured" : value));
        }
        return settings;
    }

    /** What is wrong with these settings for production, each naming the setting to change; empty when none. */
    public static List<String> problems(Map<String, String> settings) {
        List<String> problems = new ArrayList<>();
        settings.keySet().stream()
                .filter(name -> name.startsWith(MASTER_KEYS + "dev-"))
                .forEach(name -> problems.add(name + " is a dev master key, published in the source repository:"
                        + " remove it and configure the council's own master key from its secret store"));
        boolean personalData = Boolean.parseBoolean(settings.getOrDefault(PERSONAL_DATA, "false"));
        Optional<String> version =
                Optional.ofNullable(settings.get(MASTER_KEY_VERSION)).filter(v -> !v.isBlank());
        if (personalData && version.isEmpty()) {
            problems.add(MASTER_KEY_VERSION + " is not set: this service holds personal data and needs a current"
                    + " master key");
        } else if (personalData && !settings.containsKey(MASTER_KEYS + version.get())) {
            problems.add(MASTER_KEY_VERSION + " names " + version.get() + ", but " + MASTER_KEYS + version.get()
                    + " is not configured");
        } else if (version.filter(v -> v.startsWith("dev-")).isPresent()) {
            problems.add(MASTER_KEY_VERSION + " names the dev master key " + version.get());
        }
        if (Optional.ofNullable(settings.get(PROVIDER))
                .filter(v -> !v.isBlank())
                .isEmpty()) {
            problems.add(PROVIDER + " (QUARKUS_OIDC_AUTH_SERVER_URL) is not set: name the council's identity provider,"
                    + " whose discovery document gives the issuer and the keys tokens are checked with");
        }
        if (settings.containsKey(PUBLIC_KEY)) {
            problems.add(PUBLIC_KEY + " is set: a fixed key is how local runs check dev tokens; take the keys from"
                    + " the identity provider (" + PROVIDER + "), so that they can be rotated");
        }
        if (DEV_ISSUER.equals(settings.get(ISSUER))) {
            problems.add(ISSUER + " is the dev issuer " + DEV_ISSUER + ": configure the council's identity provider");
        }
        if (!"oidc".equals(settings.getOrDefault(PAGES_SIGN_IN, "oidc"))) {
            problems.add(PAGES_SIGN_IN + " is " + settings.get(PAGES_SIGN_IN) + ": in production the pages sign in"
                    + " through the identity provider (oidc), never with a pasted token");
        }
        Optional.ofNullable(settings.get(CLOCK_OFFSET))
                .filter(offset -> !offset.isBlank() && !isZero(offset))
                .ifPresent(offset -> problems.add(CLOCK_OFFSET + " (EARLYHELP_CLOCK_OFFSET) is " + offset
                        + ": a moved clock is for demos and tests, never for real families"));
        return problems;
    }

    private static boolean isZero(String offset) {
        try {
            return Duration.parse(offset).isZero();
        } catch (DateTimeParseException notADuration) {
            return false;
        }
    }
}
