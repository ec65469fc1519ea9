package uk.earlyhelp.casework.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * Families put on casework through Kafka, as eligibility would, and commands sent over REST with the request bodies
 * the tests share (each test passes only the values its assertions are about).
 */
public final class CaseworkFixtures {

    static final String CASE = "/api/v1/families/{familyId}/case";

    /** The attachment date {@link #attachment(String)} uses. */
    public static final String ATTACHED_ON = "2026-01-02";

    /**
     * When the fixtures' families are decided: early enough that every attachment date the tests use (from two years
     * back) falls on a day the family was eligible.
     */
    public static final Instant DECIDED_AT = Instant.parse("2024-01-02T09:00:00Z");

    /** A new family of {@code council} with a decision noted on its case (awaited in the history). */
    public String family(String council, Decision decision, HeadlineProblem... problems) {
        String familyId = UUID.randomUUID().toString();
        decide(familyId, council, decision, problems);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.token("caseworker", council, null))
                .get("/api/v1/families/" + familyId + "/history")
                .then()
                .statusCode(200)
                .body("eligibility", equalTo(decision.name())));
        return familyId;
    }

    public String eligibleFamily() {
        return family(
                TestTokens.COUNCIL, Decision.ELIGIBLE, HeadlineProblem.CRIME_ASB, HeadlineProblem.SCHOOL_ATTENDANCE);
    }

    public void decide(String familyId, String council, Decision decision, HeadlineProblem... problems) {
        publish(
                new EligibilityDecidedV1(
                        UUID.randomUUID().toString(),
                        familyId,
                        council,
                        decision,
                        List.of(problems),
                        0,
                        "two-of-six/2022-04",
                        "Decided in a test.",
                        List.of(UUID.randomUUID().toString()),
                        DECIDED_AT),
                UUID.randomUUID().toString());
    }

    public void publish(IntegrationEvent event, String ceId) {
        KafkaTestClient.publish(event, ceId);
    }

    /** POST {@code body} to {@code .../case/{path}} as a caseworker of the default council. */
    public static ValidatableResponse post(String familyId, String path, Object body) {
        return post(TestTokens.role("caseworker"), familyId, path, body);
    }

    public static ValidatableResponse post(String token, String familyId, String path, Object body) {
        var request = given().auth().oauth2(token).contentType("application/json");
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post(CASE + "/" + path, familyId).then();
    }

    public static ValidatableResponse history(String familyId) {
        return given().auth()
                .oauth2(TestTokens.role("caseworker"))
                .get("/api/v1/families/" + familyId + "/history")
                .then();
    }

    /** Waits until the rebuild at {@code path} (e.g. "/api/v1/admin/projections/rebuild") has swapped its tables in. */
    public static void awaitSwapped(String path) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(120))
                .pollInterval(java.time.Duration.ofMillis(200))
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.role("operator"))
                        .get(path)
                        .then()
                        .statusCode(200)
                        .body("state", org.hamcrest.Matchers.equalTo("SWAPPED")));
    }

    /** Attached on 2026-01-02: outcomes from the fixtures' 2026-01-05 on are measured from it. */
    public static Map<String, Object> attachment(String leadPractitioner) {
        return attachment(leadPractitioner, ATTACHED_ON);
    }

    public static Map<String, Object> attachment(String leadPractitioner, String attachedOn) {
        return Map.of("attachedOn", attachedOn, "leadPractitioner", leadPractitioner);
    }

    /** A plan of one goal. */
    public static Map<String, Object> plan(String agreedOn, String problem, String description) {
        return Map.of("agreedOn", agreedOn, "goals", List.of(Map.of("problem", problem, "description", description)));
    }

    /** A review of one goal. */
    public static Map<String, Object> review(String reviewedOn, String goalId, String status) {
        return Map.of("reviewedOn", reviewedOn, "progress", List.of(Map.of("goalId", goalId, "status", status)));
    }

    public static Map<String, Object> outcome(String problem, String from, String to, String evidence) {
        return Map.of("problem", problem, "sustainedFrom", from, "sustainedTo", to, "evidence", evidence);
    }

    /** An employment started, not yet ended. */
    public static Map<String, Object> employment(int memberIndex, String benefitBefore, String startedOn) {
        return Map.of("memberIndex", memberIndex, "benefitBefore", benefitBefore, "startedOn", startedOn);
    }
}
