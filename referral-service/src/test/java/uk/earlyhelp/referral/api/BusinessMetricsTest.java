package uk.earlyhelp.referral.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.ServiceMetrics;
import uk.earlyhelp.platform.testing.TestTokens;

/** Docs/operations.md, "Health and metrics": the front door's business figures move with its work. */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class BusinessMetricsTest {

    @Test
    void referralsReceivedAndFamiliesWaitingForTriageRiseWithAReferral() {
        double received = ServiceMetrics.value("earlyhelp_referrals_received");
        double waiting = ServiceMetrics.value("earlyhelp_triage_waiting");
        Referrals.familyId(
                TestTokens.partner("police"),
                Referrals.childOf(
                        "Metrics" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", ""),
                        "2015-06-06",
                        "LE18 2AB"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertTrue(
                    ServiceMetrics.value("earlyhelp_referrals_received") > received, "referrals received did not move");
            assertTrue(
                    ServiceMetrics.value("earlyhelp_triage_waiting") > waiting,
                    "families waiting for triage did not move");
        });
        assertTrue(ServiceMetrics.value("earlyhelp_triage_overdue") >= 0);
        assertTrue(ServiceMetrics.value("earlyhelp_processor_lag{processor=\"referral-view\"}") >= 0);
    }
}
