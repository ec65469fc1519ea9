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

import com.fasterxml.jackson.databind.node.ObjectNode;
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
    void theSameNhsNumberOrUpnJoinsOneFamilyWhateverTheSpellingOrAddress() {
        String nhsNumber = randomNhsNumber();
        String name = "Q" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        String first = Referrals.familyId(
                TestTokens.partner("police"), child(name, "2014-03-01", "LE1 1AA", c -> c.put("nhsNumber", nhsNumber)
                        .put("upn", "Q823456789012")));
        // Another agency spells the name differently, at a new address, and writes the number with spaces.
        String spaced = nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
        String second = Referrals.familyId(
                TestTokens.partner("school"),
                child(name + "e", "2014-03-01", "LE2 2BB", c -> c.put("nhsNumber", spaced)));
        assertEquals(first, second);
        // By the pupil number alone, too.
        String third = Referrals.familyId(
                TestTokens.partner("health"),
                child("Other" + name, "2014-03-02", "LE3 3CC", c -> c.put("upn", "q823456789012")));
        assertEquals(first, third);
    }

    @Test
    void aPreBirthReferralNamesAnUnbornChildByItsExpectedDate() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        String body = Referrals.body(r -> ((ObjectNode) r.at("/household/members/1"))
                .put("role", "UNBORN")
                .put("expectedDate", today.plusMonths(4).toString())
                .remove("dateOfBirth"));
        String referralId = Referrals.referralId(TestTokens.partner("health"), body);
        Referrals.awaitVisible(referralId);
        Referrals.read(TestTokens.role("duty-officer"), referralId)
                .statusCode(200)
                .body("details.household.members[1].role", equalTo("UNBORN"))
                .body(
                        "details.household.members[1].expectedDate",
                        equalTo(today.plusMonths(4).toString()));
        Referrals.post(TestTokens.partner("health"), Referrals.body(r -> ((ObjectNode) r.at("/household/members/1"))
                        .put("role", "UNBORN")
                        .put("expectedDate", today.plusMonths(11).toString())
                        .remove("dateOfBirth")))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("household.members[1].expectedDate"));
    }

    @Test
    void anNhsNumberOrUpnWithAWrongCheckDigitIsRefusedNamingIt() {
        Referrals.post(TestTokens.partner("police"), Referrals.body(r -> ((ObjectNode) r.at("/household/members/1"))
                        .put("nhsNumber", "9434765918")
                        .put("upn", "N823456789012")))
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.hasItems("household.members[1].nhsNumber", "household.members[1].upn"));
    }

    /** The example referral with its child's name, date of birth and postcode, and more set on the child. */
    private static String child(
            String familyName, String dateOfBirth, String postcode, java.util.function.Consumer<ObjectNode> more) {
        return Referrals.body(r -> {
            ObjectNode child = (ObjectNode) r.at("/household/members/1");
            child.put("familyName", familyName).put("dateOfBirth", dateOfBirth);
            more.accept(child);
            ((ObjectNode) r.at("/household/address")).put("postcode", postcode);
        });
    }

    /** A random NHS number with a correct check digit, so that this test's family is its own. */
    private static String randomNhsNumber() {
        java.util.Random random = new java.util.Random();
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int digit = random.nextInt(10);
                digits.append(digit);
                sum += digit * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return digits.append(check).toString();
            }
        }
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
                        .body("eligibility.ruleVersion", equalTo("sf-2022-04"))
                        .body("eligibility.reason", equalTo("Eligible: 2 headline problems.")));
        // The referring partner sees the decision, never its reason: that names what other agencies evidenced.
        Referrals.read(TestTokens.partner("police"), referralId)
                .statusCode(200)
                .body("eligibility.decision", equalTo("ELIGIBLE"))
                .body("eligibility.reason", equalTo(null));

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
