package uk.earlyhelp.casework.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static uk.earlyhelp.casework.api.CaseworkFixtures.employment;
import static uk.earlyhelp.casework.api.CaseworkFixtures.plan;
import static uk.earlyhelp.casework.api.CaseworkFixtures.post;
import static uk.earlyhelp.casework.api.CaseworkFixtures.review;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.TestTokens;
import uk.earlyhelp.platform.time.England;

@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class CaseResourceTest {

    static final String PROBLEM_JSON = "application/problem+json";

    CaseworkFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new CaseworkFixtures();
    }

    static Map<String, Object> attachment() {
        return CaseworkFixtures.attachment("worker-17");
    }

    static Map<String, Object> outcome(String problem, String from, String to) {
        return CaseworkFixtures.outcome(problem, from, to, "attendance 91%");
    }

    @Test
    void aCaseworkerRunsAFamilysPlanAndTheHistoryShowsEveryStepWithWhoAndWhen() {
        String familyId = fixtures.eligibleFamily();

        post(familyId, "allocation", Map.of("leadPractitioner", "worker-9")).statusCode(200);
        post(familyId, "attachment", attachment()).statusCode(200);
        post(
                        familyId,
                        "assessments",
                        Map.of("date", "2026-11-26", "readings", Map.of("HOME_AND_MONEY", 3, "FAMILY_ROUTINES", 2)))
                .statusCode(200)
                .body("id", not(equalTo(null)));
        List<String> goalIds = post(
                        familyId,
                        "plan",
                        Map.of(
                                "agreedOn",
                                "2026-11-27",
                                "goals",
                                List.of(
                                        Map.of("problem", "SCHOOL_ATTENDANCE", "description", "Attend 95% of days"),
                                        Map.of("problem", "CRIME_ASB", "description", "No incidents for 6 months"))))
                .statusCode(200)
                .body("goals", hasSize(2))
                .extract()
                .path("goals.goalId");
        post(
                        familyId,
                        "reviews",
                        Map.of(
                                "reviewedOn",
                                "2027-01-10",
                                "progress",
                                List.of(
                                        Map.of("goalId", goalIds.get(0), "status", "ACHIEVED"),
                                        Map.of("goalId", goalIds.get(1), "status", "IN_PROGRESS"))))
                .statusCode(200);
        post(familyId, "assessments", Map.of("date", "2027-02-01", "readings", Map.of("HOME_AND_MONEY", 8)))
                .statusCode(200);
        post(familyId, "outcomes", outcome("SCHOOL_ATTENDANCE", "2026-01-05", "2026-07-20"))
                .statusCode(200);
        String employmentId = post(familyId, "employment", employment(0, "JSA", "2027-01-04"))
                .statusCode(200)
                .extract()
                .path("id");
        post(familyId, "employment/" + employmentId + "/end", Map.of("endedOn", "2027-03-01"))
                .statusCode(200);
        Map<String, Object> endedSpell = new HashMap<>();
        endedSpell.put("memberIndex", 1);
        endedSpell.put("benefitBefore", "UC");
        endedSpell.put("startedOn", "2027-03-10");
        endedSpell.put("endedOn", "2027-04-10");
        post(familyId, "employment", endedSpell).statusCode(200);
        post(familyId, "step-up", Map.of("date", "2027-05-01")).statusCode(200);
        post(familyId, "step-down", null).statusCode(200);
        post(familyId, "closure", Map.of("reason", "OUTCOMES_MET", "date", "2026-11-27"))
                .statusCode(200);
        post(familyId, "reopening", Map.of("date", "2026-11-28")).statusCode(200);

        List<String> expected = List.of(
                "EligibilityDecided",
                "LeadPractitionerAllocated",
                "FamilyAttached",
                "AssessmentRecorded",
                "PlanAgreed",
                "PlanReviewed",
                "AssessmentRecorded",
                "OutcomeRecorded",
                "EmploymentStarted",
                "EmploymentEnded",
                "EmploymentStarted",
                "EmploymentEnded",
                "SteppedUp",
                "SteppedDown",
                "CaseClosed",
                "CaseReopened");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> CaseworkFixtures.history(familyId)
                .statusCode(200)
                .body("events.type", contains(expected.toArray())));
        CaseworkFixtures.history(familyId)
                .body("stage", equalTo("ATTACHED"))
                .body("leadPractitioner", equalTo("worker-17"))
                .body("attachedOn", equalTo(CaseworkFixtures.ATTACHED_ON))
                .body("problemsAtAttachment", contains("CRIME_ASB", "SCHOOL_ATTENDANCE"))
                .body("events.drop(1).actor", everyItem(equalTo("test-caseworker")))
                .body("events.occurredAt", everyItem(not(equalTo(null))))
                .body("familyStar.domain", contains("FAMILY_ROUTINES", "HOME_AND_MONEY"))
                .body("familyStar[1].firstReading", equalTo(3))
                .body("familyStar[1].firstStage", equalTo("ACCEPTING_HELP"))
                .body("familyStar[1].latestReading", equalTo(8))
                .body("familyStar[1].latestStage", equalTo("FINDING_WHAT_WORKS"))
                .body("familyStar[1].latestOn", equalTo("2027-02-01"))
                .body("familyStar[0].firstReading", equalTo(2))
                .body("familyStar[0].latestReading", equalTo(2))
                .body("familyStar[0].latestStage", equalTo("STUCK"))
                .body("openGoals.goalId", contains(goalIds.get(1)))
                .body("openGoals[0].status", equalTo("IN_PROGRESS"));
    }

    @Test
    void onlyAnEligibleFamilyIsAttachedAndOnlyOnce() {
        String notEligible = fixtures.family(TestTokens.COUNCIL, Decision.NOT_ELIGIBLE, HeadlineProblem.HEALTH);
        post(notEligible, "attachment", attachment())
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("attachedOn"));

        String eligible = fixtures.eligibleFamily();
        post(eligible, "attachment", attachment()).statusCode(200);
        post(eligible, "attachment", attachment())
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("attachedOn"));
    }

    @Test
    void anAttachmentDateInTheFutureOrBeforeTheFamilyWasEligibleIsRefusedAndNothingIsAttached() {
        String familyId = fixtures.eligibleFamily();
        String tomorrow = England.dateOf(Instant.now()).plusDays(1).toString();
        String beforeTheDecision =
                England.dateOf(CaseworkFixtures.DECIDED_AT).minusDays(1).toString();
        for (String date : List.of(tomorrow, beforeTheDecision)) {
            post(familyId, "attachment", CaseworkFixtures.attachment("worker-17", date))
                    .statusCode(422)
                    .contentType(PROBLEM_JSON)
                    .body("errors[0].field", equalTo("attachedOn"));
        }
        CaseworkFixtures.history(familyId).body("stage", equalTo("ELIGIBLE"));
        post(
                        familyId,
                        "attachment",
                        CaseworkFixtures.attachment(
                                "worker-17",
                                England.dateOf(CaseworkFixtures.DECIDED_AT).toString()))
                .statusCode(200);
    }

    @Test
    void anOutcomeRecordedByMistakeIsRetractedByTheIdInTheAnswerToRecordingIt() {
        String familyId = fixtures.eligibleFamily();
        post(familyId, "attachment", attachment()).statusCode(200);
        String outcomeId = post(familyId, "outcomes", outcome("CRIME_ASB", "2026-01-05", "2026-07-20"))
                .statusCode(200)
                .extract()
                .path("id");
        String retraction = "outcomes/" + outcomeId + "/retraction";
        post(familyId, retraction, Map.of())
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("reason"));
        post(familyId, "outcomes/" + UUID.randomUUID() + "/retraction", Map.of("reason", "wrong family"))
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("outcomeId"));
        post(familyId, retraction, Map.of("reason", "Recorded against the wrong family"))
                .statusCode(200)
                .body("id", equalTo(outcomeId));
        post(familyId, retraction, Map.of("reason", "again"))
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("outcomeId"));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> CaseworkFixtures.history(familyId)
                        .statusCode(200)
                        .body("events.type", hasItem("OutcomeRetracted"))
                        .body(
                                "events.find { it.type == 'OutcomeRetracted' }.details.reason",
                                equalTo("Recorded against the wrong family")));
    }

    @Test
    void anOutcomeSustainedFromBeforeAttachmentIsRefusedNamingTheDate() {
        String familyId = fixtures.eligibleFamily();
        post(familyId, "attachment", attachment()).statusCode(200);
        post(familyId, "outcomes", outcome("CRIME_ASB", "2026-01-01", "2026-07-20"))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("sustainedFrom"));
        post(familyId, "outcomes", outcome("CRIME_ASB", CaseworkFixtures.ATTACHED_ON, "2026-07-20"))
                .statusCode(200);
    }

    @Test
    void outcomesFollowTheProgrammesRules() {
        String familyId = fixtures.eligibleFamily();
        post(familyId, "outcomes", outcome("CRIME_ASB", "2026-01-05", "2026-07-20"))
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("detail", org.hamcrest.Matchers.containsString("before the family is attached"));
        post(familyId, "attachment", attachment()).statusCode(200);

        post(familyId, "outcomes", outcome("HEALTH", "2026-01-05", "2026-07-20"))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("problem"));
        Map<String, Object> additional = new HashMap<>(outcome("HEALTH", "2026-01-05", "2026-07-20"));
        additional.put("additional", true);
        post(familyId, "outcomes", additional).statusCode(200);

        post(familyId, "outcomes", outcome("CRIME_ASB", "2026-07-20", "2026-07-20"))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("sustainedTo"));
        String tomorrow = LocalDate.now().plusDays(2).toString();
        post(familyId, "outcomes", outcome("CRIME_ASB", "2026-01-05", tomorrow))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("sustainedTo"));
        post(familyId, "outcomes", Map.of("problem", "CRIME_ASB", "sustainedFrom", "2026-01-05"))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("sustainedTo"))
                .body("errors.field", hasItem("evidence"));
        post(familyId, "outcomes", outcome("LOTTERY", "2026-01-05", "2026-07-20"))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("problem"));
    }

    @Test
    void readingsAreOneToTenInKnownDomainsOnly() {
        String familyId = fixtures.eligibleFamily();
        post(familyId, "assessments", Map.of("date", "2026-11-26", "readings", Map.of("PETS", 3)))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("readings.PETS"));
        post(familyId, "assessments", Map.of("date", "2026-11-26", "readings", Map.of("HOME_AND_MONEY", 11)))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("readings.HOME_AND_MONEY"));
        post(familyId, "assessments", Map.of("date", "2026-11-26", "readings", Map.of("HOME_AND_MONEY", 0)))
                .statusCode(422)
                .contentType(PROBLEM_JSON);
        post(familyId, "assessments", Map.of("readings", Map.of("HOME_AND_MONEY", 5)))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("date"));
    }

    @Test
    void aClosureDatedInTheFutureOrBeforeAttachmentIsRefusedNamingTheDate() {
        String familyId = fixtures.eligibleFamily();
        post(familyId, "attachment", attachment()).statusCode(200);
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                .plusDays(1)
                .toString();
        for (String date : List.of(tomorrow, "2026-01-01")) {
            post(familyId, "closure", Map.of("reason", "OUTCOMES_MET", "date", date))
                    .statusCode(422)
                    .contentType(PROBLEM_JSON)
                    .body("errors[0].field", equalTo("date"));
        }
        post(familyId, "closure", Map.of("reason", "OUTCOMES_MET", "date", "2026-11-25"))
                .statusCode(200);
        post(familyId, "reopening", Map.of("date", "2026-11-24")) // before the closure
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("date"));
    }

    @Test
    void aClosedCaseTakesNoCommandButReopening() {
        String familyId = fixtures.eligibleFamily();
        post(familyId, "reopening", null).statusCode(409).contentType(PROBLEM_JSON);
        post(familyId, "closure", Map.of("reason", "MOVED_AWAY", "date", "2026-11-26"))
                .statusCode(200);
        post(familyId, "attachment", attachment()).statusCode(409).contentType(PROBLEM_JSON);
        post(familyId, "assessments", Map.of("date", "2026-12-02", "readings", Map.of("HOME_AND_MONEY", 5)))
                .statusCode(409)
                .contentType(PROBLEM_JSON);
        post(familyId, "closure", Map.of("reason", "OTHER", "date", "2026-12-01"))
                .statusCode(409)
                .contentType(PROBLEM_JSON);
        post(familyId, "step-up", null).statusCode(409).contentType(PROBLEM_JSON);
        post(familyId, "reopening", null).statusCode(200);
        post(familyId, "attachment", attachment()).statusCode(200);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> CaseworkFixtures.history(familyId).body("stage", equalTo("ATTACHED")));
    }

    @Test
    void reviewsEmploymentAndStepsAreChecked() {
        String familyId = fixtures.eligibleFamily();
        var review = review("2027-01-10", "g-1", "ACHIEVED");
        post(familyId, "reviews", review)
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("plan"));
        post(familyId, "plan", plan("2026-11-27", "HEALTH", "GP")).statusCode(200);
        post(familyId, "reviews", review)
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("progress[0].goalId"));
        post(familyId, "plan", Map.of("agreedOn", "2026-11-27", "goals", List.of()))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("goals"));

        post(familyId, "employment/" + UUID.randomUUID() + "/end", Map.of("endedOn", "2027-03-01"))
                .statusCode(404)
                .contentType(PROBLEM_JSON);
        post(familyId, "employment", employment(-1, "JSA", "2027-01-04"))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("memberIndex"));
        post(familyId, "employment", employment(0, "PENSION", "2027-01-04"))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("benefitBefore"));
        post(
                        familyId,
                        "employment",
                        Map.of(
                                "memberIndex",
                                0,
                                "benefitBefore",
                                "ESA",
                                "startedOn",
                                "2027-01-04",
                                "endedOn",
                                "2027-01-01"))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("endedOn"));
        String employmentId = post(familyId, "employment", employment(0, "ESA", "2027-01-04"))
                .statusCode(200)
                .extract()
                .path("id");
        post(familyId, "employment/" + employmentId + "/end", Map.of("endedOn", "2027-02-01"))
                .statusCode(200);
        post(familyId, "employment/" + employmentId + "/end", Map.of("endedOn", "2027-02-02"))
                .statusCode(409)
                .contentType(PROBLEM_JSON);

        post(familyId, "step-down", null).statusCode(409).contentType(PROBLEM_JSON);
        post(familyId, "step-up", null).statusCode(200);
        post(familyId, "step-up", null).statusCode(409).contentType(PROBLEM_JSON);
        post(familyId, "allocation", Map.of("leadPractitioner", ""))
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        post(familyId, "closure", Map.of("reason", "BORED", "date", "2027-01-01"))
                .statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    /** Every command endpoint with a valid body: refused without a token, to other roles and other councils. */
    @Test
    void everyCommandIsTheCaseworkersOfTheFamilysCouncilOnly() {
        String familyId = fixtures.eligibleFamily();
        Map<String, Object> commands = new java.util.LinkedHashMap<>();
        commands.put("allocation", Map.of("leadPractitioner", "worker-9"));
        commands.put("attachment", attachment());
        commands.put("assessments", Map.of("date", "2026-11-26", "readings", Map.of("HOME_AND_MONEY", 3)));
        commands.put("plan", plan("2026-11-27", "HEALTH", "GP"));
        commands.put("reviews", review("2027-01-10", "g", "ACHIEVED"));
        commands.put("outcomes", outcome("CRIME_ASB", "2026-01-05", "2026-07-20"));
        commands.put("employment", employment(0, "JSA", "2027-01-04"));
        commands.put("employment/e-1/end", Map.of("endedOn", "2027-02-01"));
        commands.put("step-up", Map.of("date", "2027-05-01"));
        commands.put("step-down", Map.of("date", "2027-05-01"));
        commands.put("closure", Map.of("reason", "OUTCOMES_MET", "date", "2027-06-01"));
        commands.put("reopening", Map.of("date", "2027-06-02"));
        commands.put("outcomes/o-1/retraction", Map.of("reason", "typo"));
        String unknownFamily = UUID.randomUUID().toString();
        commands.forEach((path, body) -> {
            given().contentType("application/json")
                    .body(body)
                    .post(CaseworkFixtures.CASE + "/" + path, familyId)
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM_JSON);
            for (String role : List.of("duty-officer", "manager", "partner", "finance-officer")) {
                post(TestTokens.role(role), familyId, path, body)
                        .statusCode(403)
                        .contentType(PROBLEM_JSON);
            }
            post(TestTokens.token("caseworker", TestTokens.OTHER_COUNCIL, null), familyId, path, body)
                    .statusCode(403)
                    .contentType(PROBLEM_JSON);
            post(unknownFamily, path, body).statusCode(404).contentType(PROBLEM_JSON);
        });
        // Nothing refused reached the case.
        CaseworkFixtures.history(familyId).body("events.type", contains("EligibilityDecided"));
    }

    @Test
    void theHistoryIsReadByCaseworkersDutyOfficersAndManagersOfTheCouncilOnly() {
        String familyId = fixtures.eligibleFamily();
        for (String role : List.of("caseworker", "duty-officer", "manager")) {
            given().auth()
                    .oauth2(TestTokens.role(role))
                    .get("/api/v1/families/" + familyId + "/history")
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(TestTokens.role("finance-officer"))
                .get("/api/v1/families/" + familyId + "/history")
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        given().auth()
                .oauth2(TestTokens.token("manager", TestTokens.OTHER_COUNCIL, null))
                .get("/api/v1/families/" + familyId + "/history")
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        given().get("/api/v1/families/" + familyId + "/history")
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void theCaseListIsTheCallersCouncilsFilteredAndPaged() {
        String practitioner = "worker-" + UUID.randomUUID();
        String first = fixtures.eligibleFamily();
        String second = fixtures.eligibleFamily();
        String closed = fixtures.eligibleFamily();
        String elsewhere = fixtures.family(
                TestTokens.OTHER_COUNCIL, Decision.ELIGIBLE, HeadlineProblem.HEALTH, HeadlineProblem.CRIME_ASB);
        for (String familyId : List.of(first, second, closed)) {
            post(familyId, "attachment", CaseworkFixtures.attachment(practitioner))
                    .statusCode(200);
        }
        post(closed, "closure", Map.of("reason", "DISENGAGED", "date", "2026-11-26"))
                .statusCode(200);
        post(
                        TestTokens.token("caseworker", TestTokens.OTHER_COUNCIL, null),
                        elsewhere,
                        "attachment",
                        CaseworkFixtures.attachment(practitioner))
                .statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.role("manager"))
                .queryParam("practitioner", practitioner)
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.familyId", containsInAnyOrder(first, second, closed))
                .body("items.stage", hasItem("CLOSED")));
        for (String role : List.of("caseworker", "duty-officer")) {
            given().auth()
                    .oauth2(TestTokens.role(role))
                    .queryParam("practitioner", practitioner)
                    .queryParam("status", "ATTACHED")
                    .get("/api/v1/cases")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(2))
                    .body("items.familyId", containsInAnyOrder(first, second));
        }
        given().auth()
                .oauth2(TestTokens.role("caseworker"))
                .queryParam("practitioner", practitioner)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(1))
                .body("items", hasSize(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.token("caseworker", TestTokens.OTHER_COUNCIL, null))
                .queryParam("practitioner", practitioner)
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .body("items.familyId", contains(elsewhere)));
        given().auth()
                .oauth2(TestTokens.role("caseworker"))
                .queryParam("status", "HAPPY")
                .get("/api/v1/cases")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("status"));
        given().auth()
                .oauth2(TestTokens.role("caseworker"))
                .queryParam("size", 0)
                .get("/api/v1/cases")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("size"));
        given().auth()
                .oauth2(TestTokens.role("caseworker"))
                .queryParam("page", "first")
                .get("/api/v1/cases")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("page"));
        given().auth()
                .oauth2(TestTokens.partner("police"))
                .get("/api/v1/cases")
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        given().get("/api/v1/cases").then().statusCode(401).contentType(PROBLEM_JSON);
    }
}
