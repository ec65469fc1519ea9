package uk.earlyhelp.casework.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.contracts.MemberRole;
import uk.earlyhelp.contracts.ReferralReceivedV1;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;

@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class HistoryOverKafkaTest {

    @Test
    void theHistoryShowsTheReferralAndItsDecisionOnceEachWhateverTheDeliveries() {
        String familyId = UUID.randomUUID().toString();
        String referralId = UUID.randomUUID().toString();
        List<HeadlineProblem> problems = List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.SCHOOL_ATTENDANCE);
        var referral = new ReferralReceivedV1(
                referralId,
                familyId,
                TestTokens.COUNCIL,
                "police",
                Instant.parse("2026-11-20T09:00:00Z"),
                problems,
                List.of(new ReferralReceivedV1.Member(MemberRole.CHILD, 13)),
                false,
                false);
        var decision = new EligibilityDecidedV1(
                UUID.randomUUID().toString(),
                familyId,
                TestTokens.COUNCIL,
                Decision.ELIGIBLE,
                problems,
                0,
                "two-of-six/2022-04",
                "Eligible: 2 headline problems evidenced.",
                List.of(referralId),
                Instant.parse("2026-11-20T09:00:01Z"));
        String referralCeId = UUID.randomUUID().toString();
        String decisionCeId = UUID.randomUUID().toString();

        publish(referral, referralCeId);
        publish(decision, decisionCeId);
        publish(referral, referralCeId);
        publish(decision, decisionCeId);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.role("caseworker"))
                .when()
                .get("/api/v1/families/" + familyId + "/history")
                .then()
                .statusCode(200)
                .body("events", hasSize(2))
                .body("stage", equalTo("ELIGIBLE")));
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/families/" + familyId + "/history")
                .then()
                .statusCode(200)
                .body("eligibility", equalTo("ELIGIBLE"))
                .body("events.type", org.hamcrest.Matchers.containsInAnyOrder("ReferralReceived", "EligibilityDecided"))
                .body("events.actor", org.hamcrest.Matchers.hasItem("police"));
        given().auth()
                .oauth2(TestTokens.token("caseworker", TestTokens.OTHER_COUNCIL, null))
                .when()
                .get("/api/v1/families/" + familyId + "/history")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.partner("police"))
                .when()
                .get("/api/v1/families/" + familyId + "/history")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownFamilyIsNotFound() {
        given().auth()
                .oauth2(TestTokens.role("caseworker"))
                .when()
                .get("/api/v1/families/" + UUID.randomUUID() + "/history")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    private void publish(IntegrationEvent event, String ceId) {
        KafkaTestClient.publish(event, ceId);
    }
}
