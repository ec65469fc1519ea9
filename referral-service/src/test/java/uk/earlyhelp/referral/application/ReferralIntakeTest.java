package uk.earlyhelp.referral.application;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.CaseClosedV1;
import uk.earlyhelp.contracts.CaseReopenedV1;
import uk.earlyhelp.contracts.ClosureReason;
import uk.earlyhelp.contracts.Topics;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;
import uk.earlyhelp.referral.api.Referrals;
import uk.earlyhelp.referral.projection.CaseStatuses;

/**
 * {@link ReferralIntake} through {@code POST /api/v1/referrals}: idempotency, family matching, the re-referral flag.
 */
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
        String first = withKey(key, body).statusCode(202).extract().path("referralId");
        withKey(key, body)
                .statusCode(202)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/referrals/" + first))
                .body("referralId", equalTo(first));
        withKey(key, Referrals.body(r -> r.put("agencyReference", key).put("summary", "changed")))
                .statusCode(409)
                .contentType("application/problem+json");
        assertEquals(1L, referralsBy(agencyOf(key)));
    }

    @Test
    void twoConcurrentRequestsWithOneKeyMakeExactlyOneReferral() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Referrals.body(r -> r.put("agencyReference", key));
        Callable<String> post =
                () -> withKey(key, body).statusCode(202).extract().path("referralId");
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
        assertEquals(1L, referralsBy(agencyOf(key)));
    }

    @Test
    void referralsFromTwoAgenciesAboutTheSameChildJoinOneFamily() {
        String familyName = "O'Brien-" + UUID.randomUUID().toString().substring(0, 6);
        String police = Referrals.familyId(
                TestTokens.partner("police"), Referrals.childOf(familyName, "2014-02-03", "LE18 2AB"));
        String school = Referrals.familyId(
                TestTokens.partner("school"),
                Referrals.childOf(familyName.toUpperCase().replace("'", " "), "2014-02-03", "le182ab"));
        String otherChild = Referrals.familyId(
                TestTokens.partner("school"), Referrals.childOf(familyName, "2015-02-03", "LE18 2AB"));
        String otherCouncil = Referrals.familyId(
                TestTokens.token("partner", TestTokens.OTHER_COUNCIL, "school"),
                Referrals.childOf(familyName, "2014-02-03", "LE18 2AB"));
        assertEquals(police, school);
        assertNotEquals(police, otherChild);
        assertNotEquals(police, otherCouncil);
    }

    @Test
    void aReferralWithinAYearOfTheFamilysCaseClosingIsARereferral() {
        String familyName = "Closed-" + UUID.randomUUID().toString().substring(0, 6);
        String familyId = Referrals.familyId(
                TestTokens.partner("police"), Referrals.childOf(familyName, "2012-05-06", "LE2 1AA"));
        KafkaTestClient.publish(new CaseClosedV1(
                familyId, TestTokens.COUNCIL, LocalDate.now().minusMonths(3), ClosureReason.OUTCOMES_MET));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> caseStatuses.of(familyId).lastClosedOn().isPresent());

        String again = Referrals.post(
                        TestTokens.partner("school"), Referrals.childOf(familyName, "2012-05-06", "LE2 1AA"))
                .statusCode(202)
                .body("familyId", equalTo(familyId))
                .extract()
                .path("referralId");
        Referrals.awaitVisible(again);
        Referrals.read(TestTokens.role("duty-officer"), again).body("reReferral", equalTo(true));
        var record =
                KafkaTestClient.awaitRecord(Topics.REFERRALS, r -> r.value().contains(again));
        assertTrue(record.value().contains("\"reReferral\":true"));

        KafkaTestClient.publish(new CaseReopenedV1(familyId, TestTokens.COUNCIL, LocalDate.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> caseStatuses.of(familyId).reopenedSince());
        String whileOpen = Referrals.referralId(
                TestTokens.partner("health"), Referrals.childOf(familyName, "2012-05-06", "LE2 1AA"));
        Referrals.awaitVisible(whileOpen);
        Referrals.read(TestTokens.role("duty-officer"), whileOpen).body("reReferral", equalTo(false));
    }

    /**
     * Referrals stored from this agency: the event store is written before the 202, so no waiting. (The agency's
     * own reference is personal data, encrypted in the store; the agency's name is not.)
     */
    private long referralsBy(String agency) {
        return jdbc.queryOne("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE payload_type LIKE '%.ReferralReceived' AND convert_from(payload, 'UTF8') LIKE ?""", row -> row.getLong(1), "%\"agency\":\"" + agency + "\"%")
                .orElseThrow();
    }

    /** Each test's own agency, so that its referrals can be counted. */
    private static String agencyOf(String key) {
        return "agency-" + key;
    }

    /** A referral with an {@code Idempotency-Key}, from the agency of that key. */
    private static io.restassured.response.ValidatableResponse withKey(String key, String body) {
        return given().auth()
                .oauth2(TestTokens.partner(agencyOf(key)))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then();
    }
}
