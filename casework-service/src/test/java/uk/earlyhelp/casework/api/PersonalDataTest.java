package uk.earlyhelp.casework.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.earlyhelp.casework.api.CaseworkFixtures.attachment;
import static uk.earlyhelp.casework.api.CaseworkFixtures.outcome;
import static uk.earlyhelp.casework.api.CaseworkFixtures.plan;
import static uk.earlyhelp.casework.api.CaseworkFixtures.post;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.FamilyErasedV1;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.PersonalDataScan;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * Personal data (docs/personal-data.md) in casework: goal wording and outcome evidence encrypted, erased on the
 * family-erased event, logged reads.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class PersonalDataTest {

    private static final String DATA_PROTECTION = "data-protection";

    @Inject
    DataSource dataSource;

    @Inject
    Jdbc jdbc;

    private final CaseworkFixtures fixtures = new CaseworkFixtures();

    @Test
    void anErasedFamilysWordsAreGoneEverywhereEvenAfterARebuildWhileItsFactsRemain() throws Exception {
        String familyId = fixtures.eligibleFamily();
        String goal = "Goal for " + UUID.randomUUID();
        String evidence = "Evidence of " + UUID.randomUUID();
        List<String> personal = List.of(goal, evidence);
        post(familyId, "attachment", attachment("worker-17")).statusCode(200);
        post(familyId, "plan", plan("2026-11-27", "CRIME_ASB", goal)).statusCode(200);
        post(familyId, "outcomes", outcome("SCHOOL_ATTENDANCE", "2026-01-05", "2026-07-20", evidence))
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> CaseworkFixtures.history(familyId)
                .statusCode(200)
                .body("openGoals[0].description", equalTo(goal))
                .body("events.type", hasItem("OutcomeRecorded")));
        List<String> before =
                traces(personal).stream().map(PersonalDataScan.Trace::table).toList();
        assertFalse(before.contains("domain_event_entry"), before.toString());
        assertTrue(before.contains("plan_goal") && before.contains("history_entry"), before.toString());
        int entriesBefore = CaseworkFixtures.history(familyId).extract().path("events.size()");

        FamilyErasedV1 erased = new FamilyErasedV1(
                familyId,
                TestTokens.COUNCIL,
                FamilyErasedV1.ErasureTrigger.REQUEST,
                LocalDate.of(2026, 11, 23),
                Instant.parse("2026-11-23T10:00:00Z"));
        fixtures.publish(erased, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> CaseworkFixtures.history(familyId)
                .statusCode(200)
                .body("personalDataErased", equalTo(true))
                .body("events.type", hasItem("PersonalDataErased")));
        assertErasedButFactual(familyId, personal, entriesBefore + 1);

        // Redelivered under another id: still one erasure on the case.
        fixtures.publish(erased, UUID.randomUUID().toString());
        given().auth()
                .oauth2(TestTokens.role("operator"))
                .post("/api/v1/admin/projections/rebuild")
                .then()
                .statusCode(202);
        CaseworkFixtures.awaitSwapped("/api/v1/admin/projections/rebuild");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> CaseworkFixtures.history(familyId)
                .statusCode(200)
                .body("personalDataErased", equalTo(true))
                .body("events.size()", equalTo(entriesBefore + 1)));
        assertErasedButFactual(familyId, personal, entriesBefore + 1);
        assertEquals(1L, jdbc.queryOne("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%PersonalDataErased'""", row -> row.getLong(1), familyId).orElseThrow());
    }

    private void assertErasedButFactual(String familyId, List<String> personal, int entries) throws Exception {
        CaseworkFixtures.history(familyId)
                .body("stage", equalTo("ATTACHED"))
                .body("eligibility", equalTo("ELIGIBLE"))
                .body("problemsAtAttachment", hasItems("CRIME_ASB", "SCHOOL_ATTENDANCE"))
                .body("openGoals[0].problem", equalTo("CRIME_ASB"))
                .body("openGoals[0].description", nullValue())
                .body("events.size()", equalTo(entries))
                .body("events.find { it.type == 'OutcomeRecorded' }.details.problem", equalTo("SCHOOL_ATTENDANCE"))
                .body("events.find { it.type == 'OutcomeRecorded' }.details.sustainedTo", equalTo("2026-07-20"))
                .body("events.find { it.type == 'OutcomeRecorded' }.details.evidence", nullValue());
        assertEquals(List.of(), traces(personal));
        assertTrue(jdbc.queryOne(
                        "SELECT wrapped_key IS NULL FROM family_key WHERE family_id = ?",
                        row -> row.getBoolean(1),
                        familyId)
                .orElseThrow());
    }

    @Test
    void theExportHoldsTheHistoryAndEveryReadIsLogged() {
        String familyId = fixtures.eligibleFamily();
        CaseworkFixtures.history(familyId).statusCode(200);

        given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .get("/api/v1/families/" + familyId + "/personal-data")
                .then()
                .statusCode(200)
                .body("familyId", equalTo(familyId))
                .body("erased", equalTo(false))
                .body("history.eligibility", equalTo("ELIGIBLE"))
                .body("accessLog.reader", hasItem("test-caseworker"));
        given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .get("/api/v1/families/" + familyId + "/access-log")
                .then()
                .statusCode(200)
                .body("find { it.reader == 'test-caseworker' }.what", equalTo("history"))
                .body("find { it.reader == 'test-caseworker' }.role", equalTo("caseworker"))
                .body("find { it.what == 'subject-access-export' }.role", equalTo(DATA_PROTECTION));
    }

    @Test
    void onlyTheCouncilsDataProtectionOfficerMayExportOrReadTheLogOrRotateKeys() {
        String familyId = fixtures.eligibleFamily();
        String base = "/api/v1/families/" + familyId;
        for (String token : List.of(
                TestTokens.partner("police"),
                TestTokens.role("duty-officer"),
                TestTokens.role("caseworker"),
                TestTokens.role("finance-officer"),
                TestTokens.role("manager"))) {
            given().auth().oauth2(token).get(base + "/personal-data").then().statusCode(403);
            given().auth().oauth2(token).get(base + "/access-log").then().statusCode(403);
            given().auth()
                    .oauth2(token)
                    .post("/api/v1/admin/family-keys/rotation")
                    .then()
                    .statusCode(403);
        }
        given().get(base + "/personal-data").then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.token(DATA_PROTECTION, TestTokens.OTHER_COUNCIL, null))
                .get(base + "/personal-data")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .get("/api/v1/families/" + UUID.randomUUID() + "/personal-data")
                .then()
                .statusCode(404);
    }

    private List<PersonalDataScan.Trace> traces(List<String> personal) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return PersonalDataScan.find(connection, personal);
        }
    }
}
