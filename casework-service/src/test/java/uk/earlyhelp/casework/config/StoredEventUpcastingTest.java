package uk.earlyhelp.casework.config;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.earlyhelp.casework.api.CaseworkFixtures.attachment;
import static uk.earlyhelp.casework.api.CaseworkFixtures.history;
import static uk.earlyhelp.casework.api.CaseworkFixtures.plan;
import static uk.earlyhelp.casework.api.CaseworkFixtures.post;
import static uk.earlyhelp.casework.api.CaseworkFixtures.review;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.casework.api.CaseworkFixtures;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.MovedEvents;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * A case stored before {@code domain} was split (its events under their old flat class names, with no revision)
 * is still read: the aggregate loads to decide new commands, and a rebuild of the read models replays it, its
 * encrypted goal wording included (docs/adding-an-event.md).
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class StoredEventUpcastingTest {

    private static final String OLD_DOMAIN = "uk.earlyhelp.casework.domain";

    @Inject
    Jdbc jdbc;

    @Test
    void aCaseStoredUnderTheOldEventNamesIsStillLoadedAndReplayed() {
        String familyId = new CaseworkFixtures().eligibleFamily();
        String goal = "Goal for " + UUID.randomUUID();
        post(familyId, "attachment", attachment("worker-17")).statusCode(200);
        String goalId = post(familyId, "plan", plan("2026-11-27", "CRIME_ASB", goal))
                .statusCode(200)
                .extract()
                .path("goals[0].goalId");

        assertEquals(3, MovedEvents.storeUnderOldNames(jdbc, OLD_DOMAIN, familyId));
        assertEquals(
                List.of(OLD_DOMAIN + ".EligibilityNoted", OLD_DOMAIN + ".FamilyAttached", OLD_DOMAIN + ".PlanAgreed"),
                jdbc.query(
                        "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_revision IS NULL ORDER BY sequence_number",
                        row -> row.getString(1),
                        familyId));

        // The aggregate is sourced from the old rows: it knows the family is attached and the plan's goal, so a
        // second attachment is refused, and a review of that goal and a closure are taken.
        post(familyId, "attachment", attachment("worker-17")).statusCode(409);
        post(familyId, "reviews", review("2027-01-10", goalId, "IN_PROGRESS")).statusCode(200);
        post(familyId, "closure", Map.of("reason", "OUTCOMES_MET", "date", "2026-11-27"))
                .statusCode(200);

        // A rebuild replays the old rows into the read models, decrypting the goal stored under its old name.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.role("operator"))
                .post("/api/v1/admin/projections/rebuild")
                .then()
                .statusCode(202));
        uk.earlyhelp.casework.api.CaseworkFixtures.awaitSwapped("/api/v1/admin/projections/rebuild");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> history(familyId)
                .statusCode(200)
                .body(
                        "events.type",
                        contains("EligibilityDecided", "FamilyAttached", "PlanAgreed", "PlanReviewed", "CaseClosed"))
                .body("stage", equalTo("CLOSED"))
                .body("openGoals[0].goalId", equalTo(goalId))
                .body("openGoals[0].description", equalTo(goal)));
    }
}
