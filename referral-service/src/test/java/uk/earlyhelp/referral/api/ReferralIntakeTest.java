package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.CaseClosedV1;
import uk.earlyhelp.contracts.CaseReopenedV1;
import uk.earlyhelp.contracts.ClosureReason;
import uk.earlyhelp.contracts.CloudEventHeaders;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.contracts.Topics;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;
import uk.earlyhelp.referral.projection.CaseStatuses;

@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class ReferralIntakeTest {

    @Inject
    Jdbc jdbc;

    @Inject
    CaseStatuses caseStatuses;

    @Test
    void theSameIdempotencyKeyAndBodyGetTheFirstAnswerAndADifferentBodyIsAConflict() {
        String key = UUID.randomUUID().toString();
        String body = Referrals.body(r -> r.put("agencyReference", key));
        String first = given().auth()
                .oauth2(TestTokens.partner("police"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(202)
                .extract()
                .path("referralId");
        given().auth()
                .oauth2(TestTokens.partner("police"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(202)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/referrals/" + first))
                .body("referralId", equalTo(first));
        given().auth()
                .oauth2(TestTokens.partner("police"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Referrals.body(r -> r.put("agencyReference", key).put("summary", "changed")))
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertEquals(1L, referralsWithReference(key));
    }

    @Test
    void twoConcurrentRequestsWithOneKeyMakeExactlyOneReferral() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Referrals.body(r -> r.put("agencyReference", key));
        Callable<String> post = () -> given().auth()
                .oauth2(TestTokens.partner("police"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then()
                .statusCode(202)
                .extract()
                .path("referralId");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = pool.invokeAll(List.of(post, post, post, post));
            String first = answers.getFirst().get();
            for (Future<String> answer : answers) {
                assertEquals(first, answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1L, referralsWithReference(key));
    }

    @Test
    void referralsFromTwoAgenciesAboutTheSameChildJoinOneFamily() {
        String familyName = "O'Brien-" + UUID.randomUUID().toString().substring(0, 6);
        String police = Referrals.post(
                        TestTokens.partner("police"), Referrals.childOf(familyName, "2014-02-03", "LE18 2AB"))
                .statusCode(202)
                .extract()
                .path("familyId");
        String school = Referrals.post(
                        TestTokens.partner("school"),
                        Referrals.childOf(familyName.toUpperCase().replace("'", " "), "2014-02-03", "le182ab"))
                .statusCode(202)
                .extract()
                .path("familyId");
        String otherChild = Referrals.post(
                        TestTokens.partner("school"), Referrals.childOf(familyName, "2015-02-03", "LE18 2AB"))
                .statusCode(202)
                .extract()
                .path("familyId");
        String otherCouncil = Referrals.post(
                        TestTokens.token("partner", TestTokens.OTHER_COUNCIL, "school"),
                        Referrals.childOf(familyName, "2014-02-03", "LE18 2AB"))
                .statusCode(202)
                .extract()
                .path("familyId");
        assertEquals(police, school);
        assertNotEquals(police, otherChild);
        assertNotEquals(police, otherCouncil);
    }

    @Test
    void aWithdrawalIsPublishedOnceAndOnlyTheReferrerOrADutyOfficerMayWithdraw() {
        String referralId = Referrals.post(TestTokens.partner("police"), Referrals.body())
                .statusCode(202)
                .extract()
                .path("referralId");
        awaitVisible(referralId);
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
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/referrals/" + referralId)
                .then()
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawalReason", equalTo("The family changed its mind")));
    }

    @Test
    void aReferralWithinAYearOfTheFamilysCaseClosingIsARereferral() {
        String familyName = "Closed-" + UUID.randomUUID().toString().substring(0, 6);
        String familyId = Referrals.post(
                        TestTokens.partner("police"), Referrals.childOf(familyName, "2012-05-06", "LE2 1AA"))
                .statusCode(202)
                .extract()
                .path("familyId");
        publish(new CaseClosedV1(
                familyId, TestTokens.COUNCIL, LocalDate.now().minusMonths(3), ClosureReason.OUTCOMES_MET));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> caseStatuses.of(familyId).lastClosedOn().isPresent());

        String again = Referrals.post(
                        TestTokens.partner("school"), Referrals.childOf(familyName, "2012-05-06", "LE2 1AA"))
                .statusCode(202)
                .body("familyId", equalTo(familyId))
                .extract()
                .path("referralId");
        awaitVisible(again);
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/referrals/" + again)
                .then()
                .body("reReferral", equalTo(true));
        var record =
                KafkaTestClient.awaitRecord(Topics.REFERRALS, r -> r.value().contains(again));
        assertTrue(record.value().contains("\"reReferral\":true"));

        publish(new CaseReopenedV1(familyId, TestTokens.COUNCIL, LocalDate.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> caseStatuses.of(familyId).reopenedSince());
        String whileOpen = Referrals.post(
                        TestTokens.partner("health"), Referrals.childOf(familyName, "2012-05-06", "LE2 1AA"))
                .statusCode(202)
                .extract()
                .path("referralId");
        awaitVisible(whileOpen);
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/referrals/" + whileOpen)
                .then()
                .body("reReferral", equalTo(false));
    }

    @Test
    void aReferralShowsItsFamilysEligibilityOnceDecidedAndEveryReadIsLogged() {
        String referralId = Referrals.post(TestTokens.partner("police"), Referrals.body())
                .statusCode(202)
                .extract()
                .path("referralId");
        awaitVisible(referralId);
        String familyId = given().auth()
                .oauth2(TestTokens.partner("police"))
                .when()
                .get("/api/v1/referrals/" + referralId)
                .then()
                .statusCode(200)
                .body("details.household.members[0].givenName", equalTo("Kerry"))
                .body("eligibility", equalTo(null))
                .extract()
                .path("familyId");
        publish(new EligibilityDecidedV1(
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
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/referrals/" + referralId)
                .then()
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
        String first = Referrals.post(TestTokens.partner(agency), Referrals.body())
                .statusCode(202)
                .extract()
                .path("referralId");
        String second = Referrals.post(TestTokens.partner(agency), Referrals.body())
                .statusCode(202)
                .extract()
                .path("referralId");
        Referrals.post(TestTokens.partner("someone-else"), Referrals.body()).statusCode(202);
        awaitVisible(first);
        awaitVisible(second);
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

    /** Referrals stored with this agency reference: the event store is written before the 202, so no waiting. */
    private long referralsWithReference(String agencyReference) {
        return jdbc.queryOne("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE payload_type LIKE '%.ReferralReceived' AND convert_from(payload, 'UTF8') LIKE ?""", row -> row.getLong(1), "%\"agencyReference\":\"" + agencyReference + "\"%")
                .orElseThrow();
    }

    private static void awaitVisible(String referralId) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/referrals/" + referralId)
                .then()
                .statusCode(200));
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

    private void publish(IntegrationEvent event) {
        KafkaTestClient.publish(event);
    }
}
