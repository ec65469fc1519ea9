package uk.earlyhelp.eligibility.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.CloudEventHeaders;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.MemberRole;
import uk.earlyhelp.contracts.ReferralReceivedV1;
import uk.earlyhelp.contracts.Topics;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * A record the service cannot handle is parked with its error, never lost and never a stopped channel
 * (docs/operations.md, "Security and operations"): the family's later records wait behind it, every other
 * family is still decided, and an operator sees and retries what is parked.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class ParkedRecordsTest {

    private static final String CONSUMER = "kafka:referrals";

    @Test
    void aPoisonRecordIsParkedWithItsFamilysLaterRecordsWhileTheNextFamilyIsStillDecided() {
        String poisoned = UUID.randomUUID().toString();
        String unknownType = UUID.randomUUID().toString();
        String wrongCouncil = UUID.randomUUID().toString();
        String healthy = UUID.randomUUID().toString();

        KafkaTestClient.publish(Topics.REFERRALS, poisoned, headers(EventType.REFERRAL_RECEIVED.ceType()), "{not json");
        publishReferral(poisoned, TestTokens.COUNCIL);
        KafkaTestClient.publish(Topics.REFERRALS, unknownType, headers("uk.earlyhelp.referral.something-new.v1"), "{}");
        publishReferral(unknownType, TestTokens.COUNCIL);
        KafkaTestClient.publish(
                Topics.REFERRALS,
                wrongCouncil,
                Map.of(
                        CloudEventHeaders.ID, UUID.randomUUID().toString(),
                        CloudEventHeaders.TYPE, EventType.REFERRAL_RECEIVED.ceType(),
                        CloudEventHeaders.COUNCIL, TestTokens.OTHER_COUNCIL),
                json(referral(wrongCouncil, UUID.randomUUID().toString(), TestTokens.COUNCIL)));
        publishReferral(healthy, TestTokens.COUNCIL);

        // The next family is decided, and so is the one whose unknown event was only skipped.
        awaitDecided(healthy);
        awaitDecided(unknownType);
        // The poisoned family's good referral waits behind its parked one; the forged council is parked too.
        List<Map<String, Object>> parked = await().atMost(Duration.ofSeconds(30))
                .until(() -> parkedOf(poisoned, wrongCouncil), list -> list.size() == 3);
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/families/" + poisoned + "/eligibility")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/families/" + wrongCouncil + "/eligibility")
                .then()
                .statusCode(404);

        Map<String, Object> poison = parked.stream()
                .filter(p -> p.get("family").equals(poisoned))
                .findFirst()
                .orElseThrow();
        given().auth()
                .oauth2(TestTokens.role("operator"))
                .get("/api/v1/admin/parked-events")
                .then()
                .statusCode(200)
                .body(
                        "findAll { it.family == '" + poisoned + "' }.eventType",
                        contains(EventType.REFERRAL_RECEIVED.ceType(), EventType.REFERRAL_RECEIVED.ceType()))
                .body("find { it.family == '" + poisoned + "' }.causeMessage", containsString("unreadable"))
                .body("find { it.family == '" + wrongCouncil + "' }.causeMessage", containsString("council"));

        // Retried while the record is still unreadable, it stays parked, and so does the referral behind it.
        given().auth()
                .oauth2(TestTokens.role("operator"))
                .post("/api/v1/admin/parked-events/" + poison.get("id") + "/retry")
                .then()
                .statusCode(200)
                .body("family", equalTo(poisoned))
                .body("stillParked", equalTo(2));
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/families/" + poisoned + "/eligibility")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.role("operator"))
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("earlyhelp_parked_events"))
                .body(containsString("earlyhelp_kafka_unknown_types_total"));
    }

    @Test
    void onlyOperatorsSeeOrRetryParkedEvents() {
        for (String role : List.of("manager", "data-protection", "duty-officer", "caseworker", "partner")) {
            given().auth()
                    .oauth2(TestTokens.token(role, TestTokens.COUNCIL, "police"))
                    .get("/api/v1/admin/parked-events")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(TestTokens.token(role, TestTokens.COUNCIL, "police"))
                    .post("/api/v1/admin/parked-events/" + UUID.randomUUID() + "/retry")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().get("/api/v1/admin/parked-events").then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.role("operator"))
                .post("/api/v1/admin/parked-events/" + UUID.randomUUID() + "/retry")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.role("operator"))
                .get("/api/v1/admin/parked-events?limit=0")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static List<Map<String, Object>> parkedOf(String... families) {
        List<String> wanted = List.of(families);
        JsonPath all = given().auth()
                .oauth2(TestTokens.role("operator"))
                .get("/api/v1/admin/parked-events?limit=1000")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> parked = all.getList("$");
        return parked.stream()
                .filter(p -> wanted.contains(p.get("family")))
                .filter(p -> CONSUMER.equals(p.get("processingGroup")))
                .toList();
    }

    private static void awaitDecided(String familyId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/families/" + familyId + "/eligibility")
                .then()
                .statusCode(200)
                .body("history", hasSize(1)));
    }

    private static Map<String, String> headers(String ceType) {
        return Map.of(
                CloudEventHeaders.ID,
                UUID.randomUUID().toString(),
                CloudEventHeaders.TYPE,
                ceType,
                CloudEventHeaders.COUNCIL,
                TestTokens.COUNCIL);
    }

    private static String publishReferral(String familyId, String council) {
        String referralId = UUID.randomUUID().toString();
        KafkaTestClient.publish(
                referral(familyId, referralId, council), UUID.randomUUID().toString());
        return referralId;
    }

    private static ReferralReceivedV1 referral(String familyId, String referralId, String council) {
        return new ReferralReceivedV1(
                referralId,
                familyId,
                council,
                "police",
                Instant.now(),
                List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH),
                List.of(new ReferralReceivedV1.Member(MemberRole.CHILD, 12)),
                false,
                false);
    }

    private static String json(ReferralReceivedV1 referral) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .findAndRegisterModules()
                    .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .writeValueAsString(referral);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
