package uk.earlyhelp.deploy.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.testing.BrowserScript;

/**
 * The walking skeleton end to end: the broker and the four packaged services as separate processes,
 * started by the local runner's code against real PostgreSQL, driven only over HTTP.
 */
class WalkingSkeletonIT {

    private static LocalRunner runner;
    private static DevKeys keys;

    @BeforeAll
    static void startTheSystem() {
        runner = TestSystems.startWithSignIn("e2e", 1);
        keys = DevKeys.in(runner.settings().devKeysDir());
    }

    @AfterAll
    static void stopTheSystem() {
        if (runner != null) {
            runner.closeAndDropDatabases();
        }
    }

    @Test
    void aReferralWithTwoProblemsIsEligibleAndOneWithOneProblemIsNotInCaseworksHistory() {
        String eligibleFamily = refer("CRIME_ASB", "SCHOOL_ATTENDANCE");
        String notEligibleFamily = refer("HEALTH");

        awaitHistory(eligibleFamily, "ELIGIBLE");
        awaitHistory(notEligibleFamily, "NOT_ELIGIBLE");
        given().auth()
                .oauth2(token("caseworker", null))
                .when()
                .get(runner.baseUrl(Service.CASEWORK) + "/api/v1/families/" + eligibleFamily + "/history")
                .then()
                .statusCode(200)
                .body("events.type", hasItems("ReferralReceived", "EligibilityDecided"))
                .body("events.actor", hasItems("police"));
    }

    /** The end-to-end bar (docs/operations.md, "Quality bars"): over HTTP, through the real broker and PostgreSQL, from a referral to a claim in an export. */
    @Test
    void aReferralReachesADecisionACaseAnOutcomeAndAClaimBatchExport() {
        String familyId = refer("CRIME_ASB", "SCHOOL_ATTENDANCE");
        awaitHistory(familyId, "ELIGIBLE");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String caseUrl = runner.baseUrl(Service.CASEWORK) + "/api/v1/families/" + familyId + "/case";
        // Referred 401 days ago (TestSystems.FRONT_DOOR_BEHIND): an attachment back-dated before that is refused.
        given().auth()
                .oauth2(token("caseworker", null))
                .contentType(ContentType.JSON)
                .body(Map.of("attachedOn", today.minusDays(500).toString(), "leadPractitioner", "worker-17"))
                .when()
                .post(caseUrl + "/attachment")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("attachedOn"));
        given().auth()
                .oauth2(token("caseworker", null))
                .contentType(ContentType.JSON)
                .body(Map.of("attachedOn", today.minusDays(400).toString(), "leadPractitioner", "worker-17"))
                .when()
                .post(caseUrl + "/attachment")
                .then()
                .statusCode(200);
        for (String problem : List.of("CRIME_ASB", "SCHOOL_ATTENDANCE")) {
            given().auth()
                    .oauth2(token("caseworker", null))
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "problem",
                            problem,
                            "sustainedFrom",
                            today.minusDays(390).toString(),
                            "sustainedTo",
                            today.minusDays(10).toString(),
                            "evidence",
                            "measure met in the end-to-end test"))
                    .when()
                    .post(caseUrl + "/outcomes")
                    .then()
                    .statusCode(200);
        }

        String batches = runner.baseUrl(Service.PAYMENT_BY_RESULTS) + "/api/v1/claim-batches";
        String batchId = given().auth()
                .oauth2(token("finance-officer", null))
                .contentType(ContentType.JSON)
                .body(Map.of("windowEnd", today.toString()))
                .when()
                .post(batches)
                .then()
                .statusCode(201)
                .extract()
                .path("batchId");
        // The claim record fills from casework's events as they arrive; a DRAFT batch is rebuilt until it shows.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given().auth()
                        .oauth2(token("finance-officer", null))
                        .when()
                        .post(batches + "/" + batchId + "/rebuild")
                        .then()
                        .statusCode(200)
                        .body("entries.familyId", hasItems(familyId)));
        String csv = given().auth()
                .oauth2(token("finance-officer", null))
                .when()
                .get(batches + "/" + batchId + "/export?format=csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String row = csv.lines()
                .filter(line -> line.contains(familyId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no export row for the family:\n" + csv));
        assertTrue(row.contains("SIGNIFICANT_AND_SUSTAINED_PROGRESS"), row);
        assertTrue(row.endsWith("800.00"), row);
    }

    /**
     * Claim assurance end to end (docs/domain.md, "Claim assurance"), in a council of its own: a family that fails
     * its spot check leaves the batch and returns once casework records new evidence; a second officer approves; an
     * outcome retracted in casework after the claim was submitted is owed back in the next batch's export.
     */
    @Test
    void aFailedSpotCheckAndARetractedOutcomeReachTheClaimsThroughKafka() {
        String council = "E06000098";
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Map<String, List<String>> outcomes = new java.util.HashMap<>();
        for (int i = 0; i < 2; i++) {
            Claimable family = claimable(council, "police", Referral.ofOwnFamily("CRIME_ASB", "SCHOOL_ATTENDANCE"));
            outcomes.put(family.familyId(), family.outcomeIds());
        }
        String batch = awaitBatchHolding(council, today, outcomes.keySet());
        JsonPath drafted =
                finance(council).get(batches() + "/" + batch).then().extract().jsonPath();
        String failed = drafted.getString("auditSample[0]");
        String claimed = outcomes.keySet().stream()
                .filter(f -> !f.equals(failed))
                .findFirst()
                .orElseThrow();

        finance(council)
                .body(Map.of("familyId", failed, "result", "FAIL", "note", "No school records on file"))
                .post(batches() + "/" + batch + "/audit-results")
                .then()
                .statusCode(200)
                .body("entries.familyId", org.hamcrest.Matchers.contains(claimed));
        finance(council)
                .body(Map.of("familyId", claimed, "result", "PASS"))
                .post(batches() + "/" + batch + "/audit-results")
                .then()
                .statusCode(200);
        finance(council).post(batches() + "/" + batch + "/approval").then().statusCode(403);
        given().auth()
                .oauth2(DevToken.sign(keys, "finance-officer", council, null, "second-finance-officer"))
                .post(batches() + "/" + batch + "/approval")
                .then()
                .statusCode(200);
        finance(council).post(batches() + "/" + batch + "/submission").then().statusCode(200);

        // New evidence for the failed family brings it back; a retraction turns the submitted claim into a debt.
        recordOutcome(council, failed, "CRIME_ASB", today.minusDays(380));
        caseworker(council)
                .body(Map.of("reason", "Recorded against the wrong family"))
                .post(caseUrl(claimed) + "/outcomes/" + outcomes.get(claimed).getFirst() + "/retraction")
                .then()
                .statusCode(200);
        String next = finance(council)
                .body(Map.of("windowEnd", today.toString()))
                .post(batches())
                .then()
                .statusCode(201)
                .extract()
                .path("batchId");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> finance(council)
                        .post(batches() + "/" + next + "/rebuild")
                        .then()
                        .statusCode(200)
                        .body("entries.familyId", org.hamcrest.Matchers.contains(failed))
                        .body("adjustments.familyId", org.hamcrest.Matchers.contains(claimed)));
        String csv = finance(council)
                .get(batches() + "/" + next + "/export?format=csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(csv.contains(council + "," + claimed + ",,ADJUSTMENT,"), csv);
        assertTrue(csv.contains("Recorded against the wrong family,,-800.00"), csv);
    }

    /** A family attached 400 days ago, and the ids of the outcomes sustained on its two problems since. */
    private record Claimable(String familyId, List<String> outcomeIds) {}

    /**
     * Refers a family of {@code council} with {@code referral} (raising CRIME_ASB and SCHOOL_ATTENDANCE), attaches it
     * 400 days ago once casework has its ELIGIBLE decision, and records sustained outcomes on both problems.
     */
    private Claimable claimable(String council, String agency, String referral) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String familyId = given().auth()
                .oauth2(DevToken.sign(keys, "partner", council, agency))
                .contentType(ContentType.JSON)
                .body(referral)
                .post(runner.baseUrl(Service.REFERRAL) + "/api/v1/referrals")
                .then()
                .statusCode(202)
                .extract()
                .path("familyId");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> caseworker(council)
                        .get(runner.baseUrl(Service.CASEWORK) + "/api/v1/families/" + familyId + "/history")
                        .then()
                        .statusCode(200)
                        .body("eligibility", equalTo("ELIGIBLE")));
        caseworker(council)
                .body(Map.of("attachedOn", today.minusDays(400).toString(), "leadPractitioner", "worker-17"))
                .post(caseUrl(familyId) + "/attachment")
                .then()
                .statusCode(200);
        List<String> outcomeIds = new java.util.ArrayList<>();
        for (String problem : List.of("CRIME_ASB", "SCHOOL_ATTENDANCE")) {
            outcomeIds.add(recordOutcome(council, familyId, problem, today.minusDays(390)));
        }
        return new Claimable(familyId, outcomeIds);
    }

    private String recordOutcome(String council, String familyId, String problem, LocalDate from) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        return caseworker(council)
                .body(Map.of(
                        "problem",
                        problem,
                        "sustainedFrom",
                        from.toString(),
                        "sustainedTo",
                        today.minusDays(10).toString(),
                        "evidence",
                        "measure met in the end-to-end test"))
                .post(caseUrl(familyId) + "/outcomes")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    /** A draft for the window end, rebuilt until payment by results has every one of the families' events. */
    private String awaitBatchHolding(String council, LocalDate windowEnd, java.util.Set<String> families) {
        String batch = finance(council)
                .body(Map.of("windowEnd", windowEnd.toString()))
                .post(batches())
                .then()
                .statusCode(201)
                .extract()
                .path("batchId");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> finance(council)
                        .post(batches() + "/" + batch + "/rebuild")
                        .then()
                        .statusCode(200)
                        .body("entries.familyId", org.hamcrest.Matchers.containsInAnyOrder(families.toArray())));
        return batch;
    }

    private static io.restassured.specification.RequestSpecification caseworker(String council) {
        return given().auth()
                .oauth2(DevToken.sign(keys, "caseworker", council, null))
                .contentType(ContentType.JSON);
    }

    private static io.restassured.specification.RequestSpecification finance(String council) {
        return given().auth()
                .oauth2(DevToken.sign(keys, "finance-officer", council, null))
                .contentType(ContentType.JSON);
    }

    private static String caseUrl(String familyId) {
        return runner.baseUrl(Service.CASEWORK) + "/api/v1/families/" + familyId + "/case";
    }

    private static String batches() {
        return runner.baseUrl(Service.PAYMENT_BY_RESULTS) + "/api/v1/claim-batches";
    }

    @Test
    void everyServiceAnswersHealthOpenApiAndMetrics() throws Exception {
        StringBuilder metrics = new StringBuilder();
        for (Service service : Service.values()) {
            for (String path : new String[] {"/q/health", "/q/openapi"}) {
                given().when().get(runner.baseUrl(service) + path).then().statusCode(200);
            }
            metrics.append(given().when()
                    .get(runner.baseUrl(service) + "/q/metrics")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
        }
        // The Grafana dashboard (deploy/grafana) charts only metrics the services export.
        String dashboard =
                Files.readString(runner.settings().projectDir().resolve("deploy/grafana/earlyhelp-dashboard.json"));
        var names = java.util.regex.Pattern.compile("earlyhelp_[a-z_]+")
                .matcher(dashboard)
                .results()
                .map(java.util.regex.MatchResult::group)
                .distinct()
                .toList();
        assertTrue(names.size() >= 10, "the dashboard charts the business metrics: " + names);
        for (String name : names) {
            assertTrue(metrics.toString().contains(name), "no service exports " + name);
        }
    }

    @Test
    void theDutyScreenShowsReferralsLiveWithEscalationsFirst() throws Exception {
        BrowserScript dutyScreen = BrowserScript.of(runner.settings().projectDir(), "duty-screen.mjs");
        Path target = Path.of("target").toAbsolutePath();
        Path referral = Files.writeString(target.resolve("duty-screen-referral.json"), Referral.ofOwnFamily("HEALTH"));
        // The duty officer signs in at Keycloak (OpenID Connect), as everyone signs in to the pages in production.
        dutyScreen
                .with("BASE_URL", runner.baseUrl(Service.REFERRAL))
                .with("DUTY_USER", "duty-officer")
                .with("DUTY_PASSWORD", "duty-officer")
                .with("PARTNER_TOKEN", token("partner", "police"))
                .with("REFERRAL_JSON", referral.toString())
                .runSaving(target.resolve("duty-screen.png"));
    }

    private String refer(String... problems) {
        return given().auth()
                .oauth2(token("partner", "police"))
                .contentType(ContentType.JSON)
                .body(Referral.ofOwnFamily(problems))
                .when()
                .post(runner.baseUrl(Service.REFERRAL) + "/api/v1/referrals")
                .then()
                .statusCode(202)
                .extract()
                .path("familyId");
    }

    /**
     * Docs/domain.md, "Front door": a safeguarding referral is escalated; social care steps it down, so eligibility
     * decides it on its problems; a duty officer accepts it for a team; it waits in that team's queue until a lead
     * practitioner is allocated, and is attached.
     */
    @Test
    void anEscalationSteppedDownBySocialCareIsTriagedToATeamQueuedAllocatedAndAttached() {
        String familyId = given().auth()
                .oauth2(token("partner", "police"))
                .contentType(ContentType.JSON)
                .body(Referral.ofOwnFamily(true, "CRIME_ASB", "SCHOOL_ATTENDANCE"))
                .post(runner.baseUrl(Service.REFERRAL) + "/api/v1/referrals")
                .then()
                .statusCode(202)
                .extract()
                .path("familyId");
        awaitHistory(familyId, "ESCALATE_TO_SOCIAL_CARE");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String family = runner.baseUrl(Service.REFERRAL) + "/api/v1/families/" + familyId;
        // Casework has the escalation; the front door answers 409 (recording nothing) until its own consumer of
        // the eligibility topic has it too.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(token("duty-officer", null))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "outcome", "STEP_DOWN_TO_EARLY_HELP",
                        // The front door's today (TestSystems.FRONT_DOOR_BEHIND).
                        "date",
                                today.minusDays(TestSystems.FRONT_DOOR_BEHIND.toDays())
                                        .toString(),
                        "reason", "Below the threshold for social care."))
                .post(family + "/social-care-outcome")
                .then()
                .statusCode(200));
        awaitHistory(familyId, "ELIGIBLE");

        String team = "MELTON-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth()
                .oauth2(token("duty-officer", null))
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", "ACCEPT_FOR_EARLY_HELP", "team", team, "reason", "Two problems, no risk now."))
                .post(family + "/triage")
                .then()
                .statusCode(200);
        String queue = runner.baseUrl(Service.CASEWORK) + "/api/v1/allocation-queue?team=" + team;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth()
                .oauth2(token("caseworker", null))
                .get(queue)
                .then()
                .statusCode(200)
                .body("familyId", contains(familyId))
                .body("[0].problems", contains("CRIME_ASB", "SCHOOL_ATTENDANCE")));

        String caseUrl = runner.baseUrl(Service.CASEWORK) + "/api/v1/families/" + familyId + "/case";
        given().auth()
                .oauth2(token("caseworker", null))
                .contentType(ContentType.JSON)
                .body(Map.of("leadPractitioner", "worker-17"))
                .post(caseUrl + "/allocation")
                .then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth()
                .oauth2(token("caseworker", null))
                .get(queue)
                .then()
                .statusCode(200)
                .body("size()", equalTo(0)));
        given().auth()
                .oauth2(token("caseworker", null))
                .contentType(ContentType.JSON)
                .body(Map.of("attachedOn", today.minusDays(400).toString(), "leadPractitioner", "worker-17"))
                .post(caseUrl + "/attachment")
                .then()
                .statusCode(200);
    }

    /**
     * Docs/domain.md, "Front door": two agencies refer one child under two spellings with the same NHS number, and it
     * is one family; a near match without identifiers is listed as a possible duplicate, and merging it unites the
     * two families' evidence in eligibility and casework.
     */
    @Test
    void oneChildIsOneFamilyByNhsNumberAndANearMatchMergedUnitesTheEvidence() {
        String name = "Smith" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String byPolice = referChild(
                "police", Referral.ofChild("Jay", name, "2013-04-04", "LE13 0AA", "9434765919", "CRIME_ASB"));
        String bySchool = referChild(
                "school",
                Referral.ofChild(
                        "Jay",
                        name.replace("Smith", "Smyth"),
                        "2013-04-04",
                        "LE14 9ZZ",
                        "943 476 5919",
                        "SCHOOL_ATTENDANCE"));
        assertEquals(byPolice, bySchool, "the same NHS number is the same family");
        awaitHistory(byPolice, "ELIGIBLE");

        String other = "Jones" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String first =
                referChild("police", Referral.ofChild("Ava", other, "2014-08-08", "LE13 1BB", null, "CRIME_ASB"));
        String nearMatch = referChild(
                "health",
                Referral.ofChild("Ava", other.replace("Jones", "Jonse"), "2014-08-08", "LE13 1BB", null, "HEALTH"));
        awaitHistory(first, "NOT_ELIGIBLE");
        awaitHistory(nearMatch, "NOT_ELIGIBLE");
        String duplicates = runner.baseUrl(Service.REFERRAL) + "/api/v1/possible-duplicates";
        given().auth()
                .oauth2(token("duty-officer", null))
                .get(duplicates)
                .then()
                .statusCode(200)
                .body("find { it.familyId == '" + nearMatch + "' }.otherFamilyId", equalTo(first));

        given().auth()
                .oauth2(token("duty-officer", null))
                .contentType(ContentType.JSON)
                .body(Map.of("into", first, "reason", "The same child: health misspelt the name."))
                .post(runner.baseUrl(Service.REFERRAL) + "/api/v1/families/" + nearMatch + "/merge")
                .then()
                .statusCode(200);
        // Eligibility counts both families' problems as one family's: two problems, eligible.
        awaitHistory(first, "ELIGIBLE");
        given().auth()
                .oauth2(token("caseworker", null))
                .get(runner.baseUrl(Service.CASEWORK) + "/api/v1/families/" + nearMatch + "/history")
                .then()
                .statusCode(200)
                .body("events.type", hasItems("FamiliesMerged"));
    }

    /**
     * Docs/domain.md, "Front door": two families, each eligible and attached with its outcomes, are found to be one;
     * after the merge payment by results claims the pair once.
     */
    @Test
    void aMergedPairOfAttachedFamiliesIsClaimedOnce() {
        String council = "E06000097";
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String name = "Patel" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        List<String> families = new java.util.ArrayList<>();
        for (String spelling : List.of(name, name.replace("Patel", "Pattel"))) {
            String referral = Referral.ofChild(
                    "Zara", spelling, "2012-12-12", "LE13 2CC", null, "CRIME_ASB", "SCHOOL_ATTENDANCE");
            families.add(claimable(council, "school", referral).familyId());
        }
        // Both claimable before the merge: a draft holds both, then is discarded.
        String before = awaitBatchHolding(council, today, java.util.Set.copyOf(families));
        finance(council).post(batches() + "/" + before + "/discard").then().statusCode(200);

        given().auth()
                .oauth2(DevToken.sign(keys, "duty-officer", council, null))
                .contentType(ContentType.JSON)
                .body(Map.of("into", families.get(0), "reason", "One child, two spellings."))
                .post(runner.baseUrl(Service.REFERRAL) + "/api/v1/families/" + families.get(1) + "/merge")
                .then()
                .statusCode(200);
        awaitBatchHolding(council, today, java.util.Set.of(families.get(0)));
    }

    private String referChild(String agency, String body) {
        return given().auth()
                .oauth2(token("partner", agency))
                .contentType(ContentType.JSON)
                .body(body)
                .post(runner.baseUrl(Service.REFERRAL) + "/api/v1/referrals")
                .then()
                .statusCode(202)
                .extract()
                .path("familyId");
    }

    /** Issue 11: {@code deploy/run-local --demo}'s council, here a small one of its own, fills the dashboard. */
    @Test
    void theDemoCouncilFillsTheOutcomesDashboard() {
        String council = "E06000099";
        DemoCouncil demo = new DemoCouncil(runner, keys, council);
        assertFalse(demo.hasCases());
        assertEquals(12, demo.load(12, 2026));
        demo.referAgain();
        assertTrue(demo.hasCases());
        String manager = DevToken.sign(keys, "manager", council, null);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth()
                .oauth2(manager)
                .get(runner.baseUrl(Service.CASEWORK) + "/api/v1/insights/outcomes")
                .then()
                .statusCode(200)
                .body("measuredFamilies", greaterThan(0))
                .body("domains", aMapWithSize(10)));
        // The page is not for bearer tokens: without a session it sends the browser to the identity provider.
        given().auth()
                .oauth2(manager)
                .redirects()
                .follow(false)
                .get(runner.baseUrl(Service.CASEWORK) + "/insights")
                .then()
                .statusCode(302)
                .header("Location", startsWith(runner.signInProvider().orElseThrow()));
    }

    /**
     * SPEC §16: the pages sign in with OpenID Connect's authorization code flow, roles from the provider's groups
     * claim. Each page, visited signed out, sends the browser to Keycloak; a person signs in there and is back on the
     * page, which answers as their role allows (deploy/browser/sign-in.mjs).
     */
    @Test
    void everyPageSignsInThroughTheIdentityProviderWithRolesFromItsGroupsClaim() throws Exception {
        String provider = runner.signInProvider().orElseThrow();
        String duty = runner.baseUrl(Service.REFERRAL) + "/duty/index.html";
        String insights = runner.baseUrl(Service.CASEWORK) + "/insights";
        String claims = runner.baseUrl(Service.PAYMENT_BY_RESULTS) + "/claims";
        List<Map<String, Object>> visits = List.of(
                visit(duty, "duty-officer", 200, "#feed", provider, true),
                visit(insights, "manager", 200, "#filters", provider, false),
                visit(claims, "finance-officer", 200, "#build", provider, false),
                // Signed in, but not a finance officer: the page refuses (the role is the provider's to give) and
                // offers to sign out, which ends the provider's session too.
                visit(claims, "manager", 403, "#signed-in-elsewhere", provider, true));
        Path target = Path.of("target").toAbsolutePath();
        BrowserScript.of(runner.settings().projectDir(), "sign-in.mjs")
                .with("VISITS", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(visits))
                .runSaving(target.resolve("signed-in.png"));
    }

    private static Map<String, Object> visit(
            String url, String user, int status, String shows, String provider, boolean signOut) {
        Map<String, Object> visit = new java.util.LinkedHashMap<>();
        visit.put("url", url);
        visit.put("username", user);
        visit.put("password", user);
        visit.put("status", status);
        visit.put("shows", shows);
        visit.put("provider", provider);
        visit.put("signOut", signOut);
        return visit;
    }

    private void awaitHistory(String familyId, String eligibility) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().auth()
                        .oauth2(token("caseworker", null))
                        .when()
                        .get(runner.baseUrl(Service.CASEWORK) + "/api/v1/families/" + familyId + "/history")
                        .then()
                        .statusCode(200)
                        .body("eligibility", equalTo(eligibility)));
    }

    private static String token(String role, String agency) {
        return DevToken.sign(keys, role, DevToken.DEFAULT_COUNCIL, agency);
    }
}
