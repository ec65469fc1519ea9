package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.TestTokens;

/** Docs/operations.md, "Health and metrics": the front door's business figures move with its work. */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class BusinessMetricsTest {

    @Test
    void referralsReceivedAndFamiliesWaitingForTriageRiseWithAReferral() {
        double received = gauge("earlyhelp_referrals_received");
        double waiting = gauge("earlyhelp_triage_waiting");
        Referrals.familyId(
                TestTokens.partner("police"),
                Referrals.childOf(
                        "Metrics" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", ""),
                        "2015-06-06",
                        "LE18 2AB"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertTrue(gauge("earlyhelp_referrals_received") > received, "referrals received did not move");
            assertTrue(gauge("earlyhelp_triage_waiting") > waiting, "families waiting for triage did not move");
        });
        assertTrue(gauge("earlyhelp_triage_overdue") >= 0);
        assertTrue(gauge("earlyhelp_processor_lag{processor=\"referral-view\"}") >= 0);
    }

    /** A metric's value in the Prometheus text at /q/metrics. */
    private static double gauge(String name) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{") && !name.contains("{"))
                .filter(line -> !line.startsWith("#"))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + name + " in /q/metrics"));
    }
}
