package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.CloudEventHeaders;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.Topics;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;

@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class ReferralResourceTest {

    static final String REFERRAL = ReferralRequest.EXAMPLE;

    @Inject
    Jdbc jdbc;

    @Test
    void anAcceptedReferralIsPublishedWithCloudEventsHeadersAndNoPersonalData() {
        String referralId = Referrals.post(TestTokens.partner("police"), REFERRAL)
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
        String referralId = Referrals.referralId(TestTokens.partner("school"), REFERRAL);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> Referrals.read(TestTokens.partner("school"), referralId)
                        .statusCode(200)
                        .body("problems", hasItem("SCHOOL_ATTENDANCE")));
        Referrals.read(TestTokens.role("duty-officer"), referralId)
                .statusCode(200)
                .body("agency", equalTo("school"));
        Referrals.read(TestTokens.partner("police"), referralId)
                .statusCode(403)
                .contentType("application/problem+json");
        Referrals.read(TestTokens.token("duty-officer", TestTokens.OTHER_COUNCIL, null), referralId)
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
        Referrals.post(TestTokens.role("caseworker"), REFERRAL).statusCode(403).contentType("application/problem+json");
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

    @Test
    void aWithdrawalIsPublishedOnceAndOnlyTheReferrerOrADutyOfficerMayWithdraw() {
        String referralId = Referrals.referralId(TestTokens.partner("police"), Referrals.body());
        Referrals.awaitVisible(referralId);
        withdraw(TestTokens.partner("school"), referralId).statusCode(403).contentType("application/problem+json");
        withdraw(TestTokens.role("caseworker"), referralId).statusCode(403).contentType("application/problem+json");
        withdraw(TestTokens.partner("police"), referralId).statusCode(200);
        withdraw(TestTokens.role("duty-officer"), referralId).statusCode(409).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.partner("police"))
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/referrals/" + referralId + "/withdrawal")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));

        var record = KafkaTestClient.awaitRecord(
                Topics.REFERRALS,
                r -> r.value().contains(referralId)
                        && KafkaTestClient.header(r, CloudEventHeaders.TYPE)
                                .orElse("")
                                .equals(EventType.REFERRAL_WITHDRAWN.ceType()));
        assertTrue(!record.value().contains("changed its mind"), "the reason stays in referral-service");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> Referrals.read(TestTokens.role("duty-officer"), referralId)
                        .body("status", equalTo("WITHDRAWN"))
                        .body("withdrawalReason", equalTo("The family changed its mind")));
    }

    @Test
    void aReferralShowsItsFamilysEligibilityOnceDecidedAndEveryReadIsLogged() {
        String referralId = Referrals.referralId(TestTokens.partner("police"), Referrals.body());
        Referrals.awaitVisible(referralId);
        String familyId = Referrals.read(TestTokens.partner("police"), referralId)
                .statusCode(200)
                .body("details.household.members[0].givenName", equalTo("Kerry"))
                .body("eligibility", equalTo(null))
                .extract()
                .path("familyId");
        KafkaTestClient.publish(new EligibilityDecidedV1(
                UUID.randomUUID().toString(),
                familyId,
                TestTokens.COUNCIL,
                Decision.ELIGIBLE,
                List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.SCHOOL_ATTENDANCE),
                0,
                "sf-2022-04",
                "Eligible: 2 headline problems.",
                List.of(referralId),
                Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> Referrals.read(TestTokens.role("duty-officer"), referralId)
                        .body("eligibility.decision", equalTo("ELIGIBLE"))
                        .body("eligibility.ruleVersion", equalTo("sf-2022-04")));

        List<String> readers = jdbc.query(
                "SELECT reader || ':' || role FROM access_log WHERE referral_id = ?",
                row -> row.getString(1),
                referralId);
        assertTrue(readers.contains("test-partner:partner"), readers.toString());
        assertTrue(readers.contains("test-duty-officer:duty-officer"), readers.toString());
    }

    @Test
    void partnersListTheirOwnAgencysReferralsAndDutyOfficersTheCouncils() {
        String agency = "agency-" + UUID.randomUUID().toString().substring(0, 8);
        String first = Referrals.referralId(TestTokens.partner(agency), Referrals.body());
        String second = Referrals.referralId(TestTokens.partner(agency), Referrals.body());
        Referrals.post(TestTokens.partner("someone-else"), Referrals.body()).statusCode(202);
        Referrals.awaitVisible(first);
        Referrals.awaitVisible(second);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.partner(agency))
                .when()
                .get("/api/v1/referrals?size=1")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.size()", equalTo(1))
                .body("items[0].referralId", equalTo(second))
                .body("items.agency", everyItem(equalTo(agency)))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("details"))));
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/referrals?status=RECEIVED&since=2020-01-01&size=200")
                .then()
                .statusCode(200)
                .body("items.agency", hasItem("someone-else"))
                .body("total", notNullValue());
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/referrals?status=LOST")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.role("manager"))
                .when()
                .get("/api/v1/referrals")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse withdraw(String token, String referralId) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "The family changed its mind"))
                .when()
                .post("/api/v1/referrals/" + referralId + "/withdrawal")
                .then();
    }
}
