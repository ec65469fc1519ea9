package uk.earlyhelp.deploy.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.testing.PersonalDataScan;

/**
 * Erasure (docs/personal-data.md) across the whole system: a family referred, decided, attached, with outcomes and a claim, is
 * erased; afterwards no table of any service's database holds its names, dates of birth, address or
 * narrative (as text or as bytes), while its decision, its history and its claim remain. The same after
 * the services restart and after casework's projections are rebuilt from the event store.
 */
class PersonalDataErasureIT {

    private static final Random RANDOM = new Random();
    private static LocalRunner runner;
    private static DevKeys keys;

    @BeforeAll
    static void startTheSystem() {
        runner = TestSystems.start("e2e", 1);
        keys = DevKeys.in(runner.settings().devKeysDir());
    }

    @AfterAll
    static void stopTheSystem() {
        if (runner != null) {
            runner.closeAndDropDatabases();
        }
    }

    @Test
    void anErasedFamilyLeavesNoTraceInAnyDatabaseButItsDecisionHistoryAndClaimRemain() throws Exception {
        String givenName = name();
        String familyName = name();
        String parentBorn = date(1960, 30);
        String childBorn = date(2010, 8);
        String street = name() + " Road";
        String summary = "Summary about " + name();
        String goal = "Goal in words about " + name();
        String evidence = "Evidence about " + name();
        List<String> personal = List.of(givenName, familyName, parentBorn, childBorn, street, summary, goal, evidence);

        String familyId = refer(givenName, familyName, parentBorn, childBorn, street, summary);
        awaitHistory(familyId);
        String caseUrl = url(Service.CASEWORK, "/api/v1/families/" + familyId + "/case");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        post(caseUrl + "/attachment", Map.of("attachedOn", today.minusDays(400).toString(), "leadPractitioner", "w-1"));
        post(
                caseUrl + "/plan",
                Map.of(
                        "agreedOn",
                        today.minusDays(399).toString(),
                        "goals",
                        List.of(Map.of("problem", "CRIME_ASB", "description", goal))));
        for (String problem : List.of("CRIME_ASB", "SCHOOL_ATTENDANCE")) {
            post(
                    caseUrl + "/outcomes",
                    Map.of(
                            "problem",
                            problem,
                            "sustainedFrom",
                            today.minusDays(390).toString(),
                            "sustainedTo",
                            today.minusDays(10).toString(),
                            "evidence",
                            evidence));
        }
        String batchId = claim(familyId, today);
        assertFalse(traces(personal).isEmpty(), "the scan must find the family before its erasure");

        given().auth()
                .oauth2(token("data-protection", null))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Article 17 request received by letter", "requestedOn", today.toString()))
                .post(url(Service.REFERRAL, "/api/v1/families/" + familyId + "/erasure"))
                .then()
                .statusCode(202);
        // Erasure cannot be undone: a second officer confirms the request.
        given().auth()
                .oauth2(DevToken.sign(keys, "data-protection", DevToken.DEFAULT_COUNCIL, null, "second-officer"))
                .post(url(Service.REFERRAL, "/api/v1/families/" + familyId + "/erasure/confirmation"))
                .then()
                .statusCode(202);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> history(familyId).body("personalDataErased", equalTo(true)));
        assertErasedButFactual(familyId, batchId, personal);

        runner.restart(Service.REFERRAL, 0);
        runner.restart(Service.CASEWORK, 0);
        // Until the killed instance's claim on the projection times out, a rebuild answers 409: try again.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> given().auth()
                        .oauth2(token("operator", null))
                        .post(url(Service.CASEWORK, "/api/v1/admin/projections/rebuild"))
                        .then()
                        .statusCode(202));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given().auth()
                        .oauth2(token("operator", null))
                        .get(url(Service.CASEWORK, "/api/v1/admin/projections/rebuild"))
                        .then()
                        .statusCode(200)
                        .body("state", equalTo("SWAPPED")));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> history(familyId)
                        .statusCode(200)
                        .body("personalDataErased", equalTo(true))
                        .body("events.type", hasItems("OutcomeRecorded", "PersonalDataErased")));
        assertErasedButFactual(familyId, batchId, personal);
    }

    private void assertErasedButFactual(String familyId, String batchId, List<String> personal) throws Exception {
        assertEquals(List.of(), traces(personal));
        history(familyId)
                .statusCode(200)
                .body("eligibility", equalTo("ELIGIBLE"))
                .body("stage", equalTo("ATTACHED"))
                .body(
                        "events.type",
                        hasItems(
                                "ReferralReceived",
                                "EligibilityDecided",
                                "FamilyAttached",
                                "PlanAgreed",
                                "OutcomeRecorded"))
                .body("openGoals[0].description", nullValue());
        given().auth()
                .oauth2(token("caseworker", null))
                .get(url(Service.ELIGIBILITY, "/api/v1/families/" + familyId + "/eligibility"))
                .then()
                .statusCode(200)
                .body("current.decision", equalTo("ELIGIBLE"));
        given().auth()
                .oauth2(token("finance-officer", null))
                .get(url(Service.PAYMENT_BY_RESULTS, "/api/v1/claim-batches/" + batchId))
                .then()
                .statusCode(200)
                .body("entries.familyId", hasItems(familyId));
        given().auth()
                .oauth2(token("data-protection", null))
                .get(url(Service.REFERRAL, "/api/v1/families/" + familyId + "/personal-data"))
                .then()
                .statusCode(200)
                .body("erased", equalTo(true))
                .body("referrals[0].personalDataErased", equalTo(true))
                .body("referrals[0].problems", hasItems("CRIME_ASB", "SCHOOL_ATTENDANCE"))
                .body("referrals[0].details.household.members[0].givenName", nullValue());
    }

    /** A claim batch holding the family: its claim is what must survive the erasure. */
    private String claim(String familyId, LocalDate today) {
        String batches = url(Service.PAYMENT_BY_RESULTS, "/api/v1/claim-batches");
        String batchId = given().auth()
                .oauth2(token("finance-officer", null))
                .contentType(ContentType.JSON)
                .body(Map.of("windowEnd", today.toString()))
                .post(batches)
                .then()
                .statusCode(201)
                .extract()
                .path("batchId");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given().auth()
                        .oauth2(token("finance-officer", null))
                        .post(batches + "/" + batchId + "/rebuild")
                        .then()
                        .statusCode(200)
                        .body("entries.familyId", hasItems(familyId)));
        return batchId;
    }

    /** Every column of every table of every service's database, as text and as bytes. */
    private static List<String> traces(List<String> needles) throws SQLException {
        List<String> traces = new ArrayList<>();
        Postgres postgres = runner.settings().postgres();
        for (Service service : Service.values()) {
            try (Connection connection = DriverManager.getConnection(
                    postgres.jdbcUrl(runner.settings().database(service)), postgres.user(), postgres.password())) {
                for (PersonalDataScan.Trace trace : PersonalDataScan.find(connection, needles)) {
                    traces.add(service + ":" + trace.table() + "." + trace.column() + " holds " + trace.found());
                }
            }
        }
        return traces;
    }

    private String refer(
            String givenName, String familyName, String parentBorn, String childBorn, String street, String summary) {
        String body = """
                {
                  "agencyReference": "POL-E2E",
                  "household": {
                    "address": {"line1": "%5$s", "town": "Wigston", "postcode": "LE18 2AB"},
                    "members": [
                      {"givenName": "%1$s", "familyName": "%2$s", "dateOfBirth": "%3$s", "role": "PARENT"},
                      {"givenName": "Jay", "familyName": "%2$s", "dateOfBirth": "%4$s", "role": "CHILD"}
                    ]
                  },
                  "consent": {"given": true, "date": "2024-06-01", "recordedBy": "PC 1234"},
                  "issues": [
                    {"problem": "CRIME_ASB", "indicator": "seen by police", "memberIndexes": [1], "evidence": "recorded"},
                    {"problem": "SCHOOL_ATTENDANCE", "indicator": "absence", "memberIndexes": [1], "evidence": "22%%"}
                  ],
                  "safeguardingConcern": false,
                  "summary": "%6$s"
                }""".formatted(givenName, familyName, parentBorn, childBorn, street, summary);
        return given().auth()
                .oauth2(token("partner", "police"))
                .contentType(ContentType.JSON)
                .body(body)
                .post(url(Service.REFERRAL, "/api/v1/referrals"))
                .then()
                .statusCode(202)
                .extract()
                .path("familyId");
    }

    private void awaitHistory(String familyId) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> history(familyId).statusCode(200).body("eligibility", equalTo("ELIGIBLE")));
    }

    private io.restassured.response.ValidatableResponse history(String familyId) {
        return given().auth()
                .oauth2(token("caseworker", null))
                .get(url(Service.CASEWORK, "/api/v1/families/" + familyId + "/history"))
                .then();
    }

    private void post(String url, Object body) {
        given().auth()
                .oauth2(token("caseworker", null))
                .contentType(ContentType.JSON)
                .body(body)
                .post(url)
                .then()
                .statusCode(200);
    }

    private static String url(Service service, String path) {
        return runner.baseUrl(service) + path;
    }

    private static String name() {
        StringBuilder name = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }

    private static String date(int fromYear, int years) {
        return LocalDate.of(fromYear + RANDOM.nextInt(years), 1, 1)
                .plusDays(RANDOM.nextInt(365))
                .toString();
    }

    private static String token(String role, String agency) {
        return DevToken.sign(keys, role, DevToken.DEFAULT_COUNCIL, agency);
    }
}
