package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.CloudEventHeaders;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.Topics;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;
import uk.earlyhelp.referral.domain.frontdoor.TriageDue;

/** Docs/domain.md, "Front door": a duty officer triages every family, by its due time; social care answers escalations. */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class FrontDoorTest {

    static final String PROBLEM_JSON = "application/problem+json";

    @jakarta.inject.Inject
    TriageDue due;

    @Test
    void aReferredFamilyWaitsForTriageUntilADutyOfficerAcceptsItForATeamAndKafkaHearsOfIt() {
        String familyId = newFamily(false);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> waiting("due").body("familyId", hasItem(familyId)));
        String dueAt = waiting("due").extract().path("find { it.familyId == '" + familyId + "' }.dueAt");
        String pendingSince = waiting("due").extract().path("find { it.familyId == '" + familyId + "' }.pendingSince");
        assertEquals(due.dueBy(Instant.parse(pendingSince), false), Instant.parse(dueAt));

        String triageId = triage(
                        familyId, Map.of("outcome", "ACCEPT_FOR_EARLY_HELP", "team", " MELTON ", "reason", "x"))
                .statusCode(200)
                .body("familyId", equalTo(familyId))
                .body("outcome", equalTo("ACCEPT_FOR_EARLY_HELP"))
                .extract()
                .path("id");

        var record =
                KafkaTestClient.awaitRecord(Topics.REFERRALS, r -> r.value().contains(triageId));
        assertEquals(
                EventType.FAMILY_TRIAGED.ceType(),
                KafkaTestClient.header(record, CloudEventHeaders.TYPE).orElseThrow());
        assertTrue(record.value().contains("\"team\":\"MELTON\""), record.value());
        assertFalse(record.value().contains("\"reason\""), "narrative stays in referral-service: " + record.value());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> waiting("due").body("familyId", not(hasItem(familyId))));
    }

    @Test
    void anEscalationIsDueTheSameWorkingDayAndSocialCareStepsItDown() {
        String familyId = newFamily(true);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> waiting("due")
                .body("find { it.familyId == '" + familyId + "' }.escalation", equalTo(true)));

        // Social care answers only a family with it: here a duty officer steps the family up first.
        Map<String, Object> stepDown =
                Map.of("outcome", "STEP_DOWN_TO_EARLY_HELP", "date", today().toString(), "reason", "below threshold");
        socialCare(familyId, stepDown).statusCode(409).contentType(PROBLEM_JSON);
        triage(familyId, Map.of("outcome", "STEP_UP_TO_SOCIAL_CARE", "reason", "risk of harm"))
                .statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> socialCare(
                        familyId,
                        Map.of(
                                "outcome",
                                "OPEN_TO_SOCIAL_CARE",
                                "date",
                                today().plusDays(1).toString(),
                                "reason",
                                "x"))
                .statusCode(422)
                .body("errors[0].field", equalTo("date")));
        String outcomeId =
                socialCare(familyId, stepDown).statusCode(200).extract().path("id");
        var record =
                KafkaTestClient.awaitRecord(Topics.REFERRALS, r -> r.value().contains(outcomeId));
        assertEquals(
                EventType.SOCIAL_CARE_OUTCOME_RECORDED.ceType(),
                KafkaTestClient.header(record, CloudEventHeaders.TYPE).orElseThrow());
    }

    @Test
    void badTriagesAreRefusedNamingTheFieldAndNothingIsRecorded() {
        String familyId = newFamily(false);
        String unknown = UUID.randomUUID().toString();
        triage(unknown, Map.of("outcome", "NO_FURTHER_ACTION", "reason", "x"))
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("familyId"));
        given().auth()
                .oauth2(TestTokens.token("duty-officer", TestTokens.OTHER_COUNCIL, null))
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", "NO_FURTHER_ACTION", "reason", "x"))
                .post("/api/v1/families/{id}/triage", familyId)
                .then()
                .statusCode(404)
                .body("errors[0].field", equalTo("familyId"));
        triage(familyId, Map.of("outcome", "ACCEPT_FOR_EARLY_HELP", "reason", "x"))
                .statusCode(422)
                .body("errors[0].field", equalTo("team"));
        triage(familyId, Map.of("outcome", "SIGNPOST", "reason", "x"))
                .statusCode(422)
                .body("errors[0].field", equalTo("signpostedTo"));
        triage(familyId, Map.of("outcome", "NO_FURTHER_ACTION"))
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        triage(familyId, Map.of("outcome", "ADOPT", "reason", "x"))
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        triage(familyId, Map.of("outcome", "NO_FURTHER_ACTION", "reason", "x", "colour", "red"))
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        given().auth()
                .oauth2(TestTokens.partner("police"))
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", "NO_FURTHER_ACTION", "reason", "x"))
                .post("/api/v1/families/{id}/triage", familyId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/triage?state=late")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("state"));
        // Still waiting: none of the refused triages was recorded.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> waiting("due").body("familyId", hasItem(familyId)));
    }

    private static String newFamily(boolean safeguarding) {
        String name = "Triage" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        return Referrals.familyId(TestTokens.partner("police"), Referrals.body(referral -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) referral.at("/household/members/1"))
                    .put("familyName", name);
            referral.put("safeguardingConcern", safeguarding);
        }));
    }

    private static ValidatableResponse triage(String familyId, Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/families/{id}/triage", familyId)
                .then();
    }

    private static ValidatableResponse socialCare(String familyId, Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/families/{id}/social-care-outcome", familyId)
                .then();
    }

    private static ValidatableResponse waiting(String state) {
        return given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/triage?state=" + state)
                .then()
                .statusCode(200);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
