package uk.earlyhelp.casework.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;

/** Families put on casework through Kafka, as eligibility would, and commands sent over REST. */
final class CaseworkFixtures {

    static final String CASE = "/api/v1/families/{familyId}/case";

    /** A new family of {@code council} with a decision noted on its case (awaited in the history). */
    String family(String council, Decision decision, HeadlineProblem... problems) {
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

    String eligibleFamily() {
        return family(
                TestTokens.COUNCIL, Decision.ELIGIBLE, HeadlineProblem.CRIME_ASB, HeadlineProblem.SCHOOL_ATTENDANCE);
    }

    void decide(String familyId, String council, Decision decision, HeadlineProblem... problems) {
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
                        Instant.now()),
                UUID.randomUUID().toString());
    }

    void publish(IntegrationEvent event, String ceId) {
        KafkaTestClient.publish(event, ceId);
    }

    /** POST {@code body} to {@code .../case/{path}} as a caseworker of the default council. */
    static ValidatableResponse post(String familyId, String path, Object body) {
        return post(TestTokens.role("caseworker"), familyId, path, body);
    }

    static ValidatableResponse post(String token, String familyId, String path, Object body) {
        var request = given().auth().oauth2(token).contentType("application/json");
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post(CASE + "/" + path, familyId).then();
    }

    static ValidatableResponse history(String familyId) {
        return given().auth()
                .oauth2(TestTokens.role("caseworker"))
                .get("/api/v1/families/" + familyId + "/history")
                .then();
    }
}
