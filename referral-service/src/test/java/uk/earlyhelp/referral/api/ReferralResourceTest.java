package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.CloudEventHeaders;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.Topics;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;

@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class ReferralResourceTest {

    static final String REFERRAL = ReferralRequest.EXAMPLE;

    @Test
    void anAcceptedReferralIsPublishedWithCloudEventsHeadersAndNoPersonalData() {
        String referralId = given().auth()
                .oauth2(TestTokens.partner("police"))
                .contentType(ContentType.JSON)
                .body(REFERRAL)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/referrals/"))
                .body("status", equalTo("RECEIVED"))
                .body("familyId", notNullValue())
                .extract()
                .path("referralId");

        ConsumerRecord<String, String> record =
                KafkaTestClient.awaitRecord(Topics.REFERRALS, r -> r.value().contains(referralId));
        assertEquals(
                EventType.REFERRAL_RECEIVED.ceType(),
                KafkaTestClient.header(record, CloudEventHeaders.TYPE).orElseThrow());
        assertTrue(KafkaTestClient.header(record, CloudEventHeaders.ID).isPresent());
        assertEquals(
                "1.0",
                KafkaTestClient.header(record, CloudEventHeaders.SPEC_VERSION).orElseThrow());
        assertEquals(
                TestTokens.COUNCIL,
                KafkaTestClient.header(record, CloudEventHeaders.COUNCIL).orElseThrow());
        assertTrue(record.value().contains("\"CRIME_ASB\""));
        for (String personal :
                new String[] {"Kerry", "Smith", "1990-04-02", "Mill Lane", "LE18", "Free text", "POL-2026"}) {
            assertFalse(record.value().contains(personal), personal + " must not leave referral-service");
        }
    }

    @Test
    void theReferralCanBeReadBackByItsAgencyAndTheDutyOfficer() {
        String referralId = given().auth()
                .oauth2(TestTokens.partner("school"))
                .contentType(ContentType.JSON)
                .body(REFERRAL)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(202)
                .extract()
                .path("referralId");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.partner("school"))
                .when()
                .get("/api/v1/referrals/" + referralId)
                .then()
                .statusCode(200)
                .body("problems", hasItem("SCHOOL_ATTENDANCE")));
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/referrals/" + referralId)
                .then()
                .statusCode(200)
                .body("agency", equalTo("school"));
        given().auth()
                .oauth2(TestTokens.partner("police"))
                .when()
                .get("/api/v1/referrals/" + referralId)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.token("duty-officer", TestTokens.OTHER_COUNCIL, null))
                .when()
                .get("/api/v1/referrals/" + referralId)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aReferralWithoutATokenOrFromTheWrongRoleIsRefused() {
        given().contentType(ContentType.JSON)
                .body(REFERRAL)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.role("caseworker"))
                .contentType(ContentType.JSON)
                .body(REFERRAL)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void theOpenApiDocumentDescribesTheReferralResourceWithTheSpecExample() {
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/referrals'.post.summary", equalTo("Refer a family"))
                .body(org.hamcrest.Matchers.containsString("POL-2026-0042"))
                .body("paths.'/api/v1/referrals/{referralId}/withdrawal'.post", notNullValue());
    }
}
