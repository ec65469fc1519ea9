package uk.earlyhelp.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a service in the prod profile refuses to start with, one setting at a time. */
class ProductionSafeguardsTest {

    /** A production deployment of a service that holds personal data, configured as it should be. */
    private static Map<String, String> production() {
        Map<String, String> settings = new HashMap<>();
        settings.put("earlyhelp.personal-data.enabled", "true");
        settings.put("earlyhelp.crypto.master-key-version", "2026-11");
        settings.put("earlyhelp.crypto.master-keys.2026-11", "configured");
        settings.put("quarkus.oidc.auth-server-url", "https://login.council.example/realms/early-help");
        settings.put("earlyhelp.pages.sign-in", "oidc");
        return settings;
    }

    @Test
    void aProperlyConfiguredProductionServiceStarts() {
        assertEquals(List.of(), ProductionSafeguards.problems(production()));
    }

    @Test
    void aServiceWithoutPersonalDataNeedsNoMasterKey() {
        Map<String, String> settings = production();
        settings.put("earlyhelp.personal-data.enabled", "false");
        settings.remove("earlyhelp.crypto.master-key-version");
        settings.remove("earlyhelp.crypto.master-keys.2026-11");
        assertEquals(List.of(), ProductionSafeguards.problems(settings));
    }

    @ParameterizedTest(name = "{0}={1} is refused, naming {2}")
    @CsvSource(
            nullValues = "REMOVE",
            value = {
                // setting,                               value,                              named in the message
                "earlyhelp.crypto.master-keys.dev-1,      configured,                         earlyhelp.crypto.master-keys.dev-1",
                "earlyhelp.crypto.master-key-version,     REMOVE,                             earlyhelp.crypto.master-key-version is not set",
                "earlyhelp.crypto.master-key-version,     2027-01,                            earlyhelp.crypto.master-keys.2027-01 is not configured",
                "quarkus.oidc.auth-server-url,            REMOVE,                             name the council's identity provider",
                "quarkus.oidc.auth-server-url,            '',                                 name the council's identity provider",
                "quarkus.oidc.token.issuer,               https://earlyhelp.local/dev,        the dev issuer",
                "quarkus.oidc.public-key,                 configured,                         a fixed key is how local runs",
                "earlyhelp.pages.sign-in,                 token,                              never with a pasted token",
                "earlyhelp.clock.offset,                  P400D,                              EARLYHELP_CLOCK_OFFSET",
            })
    void aDevOrMissingSettingIsRefused(String setting, String value, String named) {
        Map<String, String> settings = production();
        if (value == null) {
            settings.remove(setting);
        } else {
            settings.put(setting, value);
        }
        List<String> problems = ProductionSafeguards.problems(settings);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.getFirst().contains(named), problems.getFirst());
    }

    @Test
    void aZeroClockOffsetIsTheRealClock() {
        Map<String, String> settings = production();
        settings.put("earlyhelp.clock.offset", "PT0S");
        assertEquals(List.of(), ProductionSafeguards.problems(settings));
    }
}
