package uk.earlyhelp.referral.application;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.CaseClosedV1;
import uk.earlyhelp.contracts.ClosureReason;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;
import uk.earlyhelp.referral.api.Referrals;

/**
 * The retention job on its own schedule (docs/personal-data.md): with the service's clock moved seven years on, a
 * family whose case closed today (by the calendar) is past its council's six years, and the job erases it without
 * anyone asking. {@code api.PersonalDataTest} covers the periods per council by calling the job directly.
 */
@QuarkusTest
@TestProfile(RetentionScheduleTest.SevenYearsOn.class)
@WithTestResource(EarlyHelpTestResource.class)
class RetentionScheduleTest {

    @Inject
    Jdbc jdbc;

    public static class SevenYearsOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("earlyhelp.clock.offset", "P2557D", "earlyhelp.retention.check-every", "PT1S");
        }
    }

    @Test
    void theScheduledJobErasesAFamilyOnceItsRetentionPeriodHasPassedOnTheServicesClock() {
        String familyName = "Ret" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "abc";
        var accepted = Referrals.post(
                        TestTokens.partner("police"), Referrals.childOf(familyName, "2015-02-03", "LE1 1AA"))
                .statusCode(202)
                .extract();
        String referralId = accepted.path("referralId");
        String familyId = accepted.path("familyId");
        LocalDate closedToday = LocalDate.now(ZoneId.of("Europe/London"));
        KafkaTestClient.publish(
                new CaseClosedV1(familyId, TestTokens.COUNCIL, closedToday, ClosureReason.OUTCOMES_MET));
        // The service heard of the referral and the closure on its own (moved) clock; as far as retention goes,
        // the family's last activity was seven years before that: today on the real clock.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.update("""
                                UPDATE family_activity SET last_activity_on = ? WHERE family_id = ? AND EXISTS (
                                  SELECT 1 FROM family_case_status s
                                  WHERE s.family_id = family_activity.family_id AND s.last_closed_on IS NOT NULL)""", closedToday, familyId) == 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/referrals/" + referralId)
                .then()
                .statusCode(200)
                .body("personalDataErased", equalTo(true)));
        given().auth()
                .oauth2(TestTokens.role("data-protection"))
                .get("/api/v1/families/" + familyId + "/personal-data")
                .then()
                .statusCode(200)
                .body("erased", equalTo(true))
                .body("erasure.trigger", equalTo("RETENTION"));
    }
}
