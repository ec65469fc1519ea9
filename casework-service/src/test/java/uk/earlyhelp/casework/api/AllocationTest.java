package uk.earlyhelp.casework.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.FamilyTriagedV1;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.TriageOutcome;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.TestTokens;

/** Docs/domain.md, "Front door": triage fills a team's allocation queue; allocation empties it into caseloads. */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class AllocationTest {

    private final CaseworkFixtures fixtures = new CaseworkFixtures();

    @Test
    void aFamilyAcceptedAtTriageWaitsInItsTeamsQueueUntilALeadPractitionerIsAllocated() {
        String team = "team-" + UUID.randomUUID();
        String familyId = fixtures.family(
                TestTokens.COUNCIL, Decision.ELIGIBLE, HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH);
        String signposted = fixtures.eligibleFamily();
        triage(
                familyId,
                TriageOutcome.ACCEPT_FOR_EARLY_HELP,
                team,
                Instant.now().minus(Duration.ofDays(3)));
        triage(signposted, TriageOutcome.SIGNPOST, null, Instant.now());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> queue("duty-officer", team)
                .body("familyId", contains(familyId))
                .body("[0].team", equalTo(team))
                .body("[0].waitingDays", equalTo(3))
                .body("[0].problems", contains("CRIME_ASB", "HEALTH")));
        CaseworkFixtures.history(familyId).body("events.type", hasItem("FamilyTriaged"));

        CaseworkFixtures.post(familyId, "allocation", Map.of("leadPractitioner", "worker-9"))
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> queue("caseworker", team).body("familyId", not(hasItem(familyId))));
        given().auth()
                .oauth2(TestTokens.role("manager"))
                .get("/api/v1/caseloads?team={team}", team)
                .then()
                .statusCode(200)
                .body("[0].leadPractitioner", equalTo("worker-9"))
                .body("[0].openCases", equalTo(1))
                .body("[0].familyIds", contains(familyId));
    }

    @Test
    void anotherCouncilsQueueIsNotShownAndOnlyStaffReadIt() {
        String team = "team-" + UUID.randomUUID();
        String familyId = fixtures.eligibleFamily();
        triage(familyId, TriageOutcome.ACCEPT_FOR_EARLY_HELP, team, Instant.now());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> queue("manager", team).body("familyId", contains(familyId)));
        given().auth()
                .oauth2(TestTokens.token("manager", TestTokens.OTHER_COUNCIL, null))
                .get("/api/v1/allocation-queue?team={team}", team)
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().auth()
                .oauth2(TestTokens.partner("police"))
                .get("/api/v1/allocation-queue")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.role("manager"))
                .get("/api/v1/caseloads?team={team}", "x".repeat(101))
                .then()
                .statusCode(400);
    }

    private void triage(String familyId, TriageOutcome outcome, String team, Instant at) {
        fixtures.publish(
                new FamilyTriagedV1(
                        UUID.randomUUID().toString(),
                        familyId,
                        TestTokens.COUNCIL,
                        outcome,
                        team,
                        outcome == TriageOutcome.SIGNPOST ? "Foodbank" : null,
                        "duty-1",
                        at),
                UUID.randomUUID().toString());
    }

    private static ValidatableResponse queue(String role, String team) {
        return given().auth()
                .oauth2(TestTokens.role(role))
                .get("/api/v1/allocation-queue?team={team}", team)
                .then()
                .statusCode(200);
    }
}
