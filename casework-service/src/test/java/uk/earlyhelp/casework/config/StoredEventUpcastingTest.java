package uk.earlyhelp.casework.config;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.MovedEvents;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * A case stored before {@code domain} was split (its events under their old flat class names, with no revision)
 * is still read: the aggregate loads to decide new commands, and a rebuild of the read models replays it
 * (docs/adding-an-event.md).
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class StoredEventUpcastingTest {

    private static final String OLD_DOMAIN = "uk.earlyhelp.casework.domain";

    @Inject
    Jdbc jdbc;

    @Test
    void aCaseStoredUnderTheOldEventNamesIsStillLoadedAndReplayed() {
        String familyId = UUID.randomUUID().toString();
        KafkaTestClient.publish(new EligibilityDecidedV1(
                UUID.randomUUID().toString(),
                familyId,
                TestTokens.COUNCIL,
                Decision.ELIGIBLE,
                List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.SCHOOL_ATTENDANCE),
                0,
                "two-of-six/2022-04",
                "Decided in a test.",
                List.of(UUID.randomUUID().toString()),
                java.time.Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> history(familyId).statusCode(200));
        post(familyId, "attachment", Map.of("attachedOn", "2026-11-25", "leadPractitioner", "worker-17"))
                .statusCode(200);

        int rewritten = MovedEvents.storeUnderOldNames(jdbc, OLD_DOMAIN, familyId);
        assertTrue(rewritten >= 2, "rows rewritten: " + rewritten);
        assertEquals(
                List.of(OLD_DOMAIN + ".EligibilityNoted", OLD_DOMAIN + ".FamilyAttached"),
                jdbc.query(
                        "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_revision IS NULL ORDER BY sequence_number",
                        row -> row.getString(1),
                        familyId));

        // The aggregate is sourced from the old rows: it knows the family is attached, so a second attachment is
        // refused and a closure is taken.
        post(familyId, "attachment", Map.of("attachedOn", "2026-11-25", "leadPractitioner", "worker-17"))
                .statusCode(409);
        post(familyId, "closure", Map.of("reason", "OUTCOMES_MET", "date", "2026-11-27"))
                .statusCode(200);

        // A rebuild replays the old rows into the read models.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.role("operator"))
                .post("/api/v1/admin/projections/rebuild")
                .then()
                .statusCode(202));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> history(familyId)
                .statusCode(200)
                .body("events.type", hasItems("FamilyAttached", "CaseClosed"))
                .body("stage", equalTo("CLOSED")));
    }

    private static io.restassured.response.ValidatableResponse post(String familyId, String path, Object body) {
        return given().auth()
                .oauth2(TestTokens.role("caseworker"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/families/" + familyId + "/case/" + path)
                .then();
    }

    private static io.restassured.response.ValidatableResponse history(String familyId) {
        return given().auth()
                .oauth2(TestTokens.role("caseworker"))
                .get("/api/v1/families/" + familyId + "/history")
                .then();
    }
}
