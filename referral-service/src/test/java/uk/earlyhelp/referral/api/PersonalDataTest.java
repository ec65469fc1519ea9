package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.CaseClosedV1;
import uk.earlyhelp.contracts.ClosureReason;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.Topics;
import uk.earlyhelp.platform.axon.AxonRuntime;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.PersonalDataScan;
import uk.earlyhelp.platform.testing.TestTokens;
import uk.earlyhelp.platform.time.England;
import uk.earlyhelp.referral.projection.CaseStatuses;

/** SPEC §8 in referral-service: encryption at rest, erasure, subject access, the access log, retention, roles. */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class PersonalDataTest {

    private static final String DATA_PROTECTION = "data-protection";
    private static final Random RANDOM = new Random();

    @Inject
    DataSource dataSource;

    @Inject
    Jdbc jdbc;

    @Inject
    RetentionJob retention;

    @Inject
    CaseStatuses caseStatuses;

    @Inject
    Clock clock;

    @Inject
    AxonRuntime axon;

    /** A referred family whose names, dates of birth, street and narrative appear nowhere else. */
    record Family(String referralId, String familyId, List<String> personal, String body) {}

    @Test
    void personalFieldsAreEncryptedInTheEventStoreAndReadBackInPlain() throws Exception {
        Family family = refer(TestTokens.partner("police"));

        given().auth()
                .oauth2(TestTokens.partner("police"))
                .get("/api/v1/referrals/" + family.referralId())
                .then()
                .statusCode(200)
                .body(
                        "details.household.members[0].givenName",
                        equalTo(family.personal().get(0)))
                .body(
                        "details.household.members[1].dateOfBirth",
                        equalTo(family.personal().get(3)))
                .body("personalDataErased", equalTo(false));
        List<String> tables = traces(family).stream()
                .map(PersonalDataScan.Trace::table)
                .distinct()
                .toList();
        // Only the read models a screen needs hold them in plain: never the event store.
        assertFalse(tables.contains("domain_event_entry"), tables.toString());
        assertFalse(tables.contains("snapshot_event_entry"), tables.toString());
        assertTrue(tables.contains("referral_view"), "the scan must see what it looks for: " + tables);
        assertEquals(
                1L,
                jdbc.queryOne(
                                "SELECT count(*) FROM family_key WHERE family_id = ? AND wrapped_key IS NOT NULL",
                                row -> row.getLong(1),
                                family.familyId())
                        .orElseThrow());
    }

    @Test
    void anErasedFamilyLeavesNoTraceButItsFactsAndStaysErased() throws Exception {
        Family family = refer(TestTokens.partner("police"));
        String withdrawalReason = "Withdrawn because " + family.personal().get(0) + " moved";

        erase(family.familyId()).statusCode(202).body("status", equalTo("ERASED"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/referrals/" + family.referralId())
                .then()
                .statusCode(200)
                .body("personalDataErased", equalTo(true))
                .body("familyId", equalTo(family.familyId()))
                .body("problems", hasItems("CRIME_ASB", "SCHOOL_ATTENDANCE"))
                .body("details.household.members[0].givenName", nullValue())
                .body("details.household.members[0].dateOfBirth", nullValue())
                .body("details.household.members[0].role", equalTo("PARENT"))
                .body("details.household.address.line1", nullValue())
                .body("details.issues[0].problem", equalTo("CRIME_ASB"))
                .body("details.summary", nullValue()));
        var erased = KafkaTestClient.awaitRecord(
                Topics.REFERRALS,
                r -> r.value().contains(family.familyId())
                        && KafkaTestClient.header(r, "ce_type").orElse("").equals(EventType.FAMILY_ERASED.ceType()));
        assertTrue(erased.value().contains("\"REQUEST\""), erased.value());

        // The aggregate still loads and takes commands; what it is told now is not kept readable either.
        given().auth()
                .oauth2(TestTokens.partner("police"))
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"" + withdrawalReason + "\"}")
                .post("/api/v1/referrals/" + family.referralId() + "/withdrawal")
                .then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/referrals/" + family.referralId())
                .then()
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawalReason", nullValue()));

        erase(family.familyId()).statusCode(202);
        assertEquals(
                1L, jdbc.queryOne("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%FamilyErased'""", row -> row.getLong(1), family.familyId()).orElseThrow());
        assertEquals(List.of(), traces(family, withdrawalReason));
        assertTrue(jdbc.queryOne(
                        "SELECT erased_at IS NOT NULL AND wrapped_key IS NULL FROM family_key WHERE family_id = ?",
                        row -> row.getBoolean(1),
                        family.familyId())
                .orElseThrow());

        // Rebuilt from the event store, the read model is as erased as before.
        var processor = axon.trackingProcessor("referral-view");
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/referrals/" + family.referralId())
                .then()
                .statusCode(200)
                .body("personalDataErased", equalTo(true))
                .body("status", equalTo("WITHDRAWN"))
                .body("problems", hasItems("CRIME_ASB", "SCHOOL_ATTENDANCE"))
                .body("details.household.members[1].role", equalTo("CHILD"))
                .body("details.household.members[1].familyName", nullValue()));
        assertEquals(List.of(), traces(family, withdrawalReason));

        // The same children referred again are a new family: the old one's match keys are gone.
        String again = Referrals.post(TestTokens.partner("police"), family.body())
                .statusCode(202)
                .extract()
                .path("familyId");
        assertNotEquals(family.familyId(), again);
    }

    @Test
    void theSubjectAccessExportHoldsEverythingAndEveryReadIsLogged() {
        Family family = refer(TestTokens.partner("school"));
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/referrals/" + family.referralId())
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .get("/api/v1/families/" + family.familyId() + "/personal-data")
                .then()
                .statusCode(200)
                .body("familyId", equalTo(family.familyId()))
                .body("council", equalTo(TestTokens.COUNCIL))
                .body("erased", equalTo(false))
                .body("referrals[0].referralId", equalTo(family.referralId()))
                .body(
                        "referrals[0].details.household.members[0].familyName",
                        equalTo(family.personal().get(1)))
                .body("referrals[0].details.summary", equalTo(family.personal().get(5)))
                .body("accessLog.reader", hasItem("test-duty-officer"));

        given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .get("/api/v1/families/" + family.familyId() + "/access-log")
                .then()
                .statusCode(200)
                .body("find { it.reader == 'test-partner' }.what", equalTo("referral"))
                .body("find { it.reader == 'test-duty-officer' }.role", equalTo("duty-officer"))
                .body("find { it.reader == 'test-duty-officer' }.referralId", equalTo(family.referralId()))
                .body("find { it.what == 'subject-access-export' }.role", equalTo(DATA_PROTECTION))
                .body("find { it.what == 'subject-access-export' }.familyId", equalTo(family.familyId()));
    }

    @Test
    void onlyTheCouncilsDataProtectionOfficerMayExportOrEraseOrReadTheLog() {
        Family family = refer(TestTokens.partner("police"));
        String base = "/api/v1/families/" + family.familyId();
        List<String> others = List.of(
                TestTokens.partner("police"),
                TestTokens.role("duty-officer"),
                TestTokens.role("caseworker"),
                TestTokens.role("finance-officer"),
                TestTokens.role("manager"));
        for (String token : others) {
            given().auth().oauth2(token).get(base + "/personal-data").then().statusCode(403);
            given().auth().oauth2(token).get(base + "/access-log").then().statusCode(403);
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(ErasureRequest.EXAMPLE)
                    .post(base + "/erasure")
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(token)
                    .post("/api/v1/admin/family-keys/rotation")
                    .then()
                    .statusCode(403);
        }
        given().get(base + "/personal-data").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(ErasureRequest.EXAMPLE)
                .post(base + "/erasure")
                .then()
                .statusCode(401);

        String otherCouncil = TestTokens.token(DATA_PROTECTION, TestTokens.OTHER_COUNCIL, null);
        given().auth().oauth2(otherCouncil).get(base + "/personal-data").then().statusCode(403);
        given().auth()
                .oauth2(otherCouncil)
                .contentType(ContentType.JSON)
                .body(ErasureRequest.EXAMPLE)
                .post(base + "/erasure")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .get("/api/v1/families/" + UUID.randomUUID() + "/personal-data")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        for (String bad : List.of(
                "{\"reason\": \"\"}",
                "{\"reason\": \"request\", \"requestedOn\": \"yesterday\"}",
                "{\"reason\": \"request\", \"requestedOn\": \"2026-11-23\", \"name\": \"x\"}",
                "{\"reason\": ",
                "[]")) {
            given().auth()
                    .oauth2(TestTokens.role(DATA_PROTECTION))
                    .contentType(ContentType.JSON)
                    .body(bad)
                    .post(base + "/erasure")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }

        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/referrals/" + family.referralId())
                .then()
                .body("personalDataErased", equalTo(false));
    }

    @Test
    void theRetentionJobErasesFamiliesWhoseCaseClosedLongerAgoThanTheirCouncilKeepsData() {
        LocalDate today = England.dateOf(clock.instant());
        // This council keeps data six years (the default); E06000016 two (configured for the tests).
        Family here = refer(TestTokens.partner("police"));
        Family there = refer(TestTokens.token("partner", TestTokens.OTHER_COUNCIL, "police"));
        close(here, TestTokens.COUNCIL, today.minusYears(3));
        close(there, TestTokens.OTHER_COUNCIL, today.minusYears(3));

        retention.eraseDue(clock.instant());
        awaitErased(there, TestTokens.OTHER_COUNCIL);
        assertFalse(erasedNow(here, TestTokens.COUNCIL));

        // Four years on, the six years are over for this council's family too.
        var fourYearsOn = clock.instant().plus(Duration.ofDays(4 * 366));
        retention.eraseDue(fourYearsOn);
        awaitErased(here, TestTokens.COUNCIL);
        var record = KafkaTestClient.awaitRecord(
                Topics.REFERRALS,
                r -> r.value().contains(here.familyId()) && r.value().contains("\"RETENTION\""));
        assertTrue(record.value().contains(England.dateOf(fourYearsOn).toString()), record.value());
    }

    @Test
    void keysAreRewrappedUnderANewMasterKeyWhileTheFamiliesStayReadable() {
        Family family = refer(TestTokens.partner("police"));

        int rewrapped = given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .queryParam("masterKeyVersion", "test-2")
                .post("/api/v1/admin/family-keys/rotation")
                .then()
                .statusCode(200)
                .body("masterKeyVersion", equalTo("test-2"))
                .body("unreadable", equalTo(0))
                .extract()
                .path("rewrapped");
        assertTrue(rewrapped >= 1, "rewrapped " + rewrapped);
        assertEquals(
                List.of("test-2"),
                jdbc.query(
                        "SELECT DISTINCT master_key_version FROM family_key WHERE wrapped_key IS NOT NULL",
                        row -> row.getString(1)));
        given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .queryParam("masterKeyVersion", "test-2")
                .post("/api/v1/admin/family-keys/rotation")
                .then()
                .statusCode(200)
                .body("rewrapped", equalTo(0));

        // Event-sourced reads unwrap with the new version: the aggregate loads, the export shows the names.
        given().auth()
                .oauth2(TestTokens.partner("police"))
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"duplicate\"}")
                .post("/api/v1/referrals/" + family.referralId() + "/withdrawal")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .get("/api/v1/families/" + family.familyId() + "/personal-data")
                .then()
                .body(
                        "referrals[0].details.household.members[0].givenName",
                        equalTo(family.personal().get(0)));

        // And back to the current version, as after a rotation the other way; unknown versions are refused.
        given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .post("/api/v1/admin/family-keys/rotation")
                .then()
                .statusCode(200)
                .body("masterKeyVersion", equalTo("dev-1"));
        given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .queryParam("masterKeyVersion", "nope")
                .post("/api/v1/admin/family-keys/rotation")
                .then()
                .statusCode(422);
    }

    private void close(Family family, String council, LocalDate closedOn) {
        KafkaTestClient.publish(new CaseClosedV1(family.familyId(), council, closedOn, ClosureReason.OUTCOMES_MET));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> caseStatuses.of(family.familyId()).lastClosedOn().isPresent());
    }

    private boolean erasedNow(Family family, String council) {
        return given().auth()
                .oauth2(TestTokens.token("duty-officer", council, null))
                .get("/api/v1/referrals/" + family.referralId())
                .then()
                .extract()
                .path("personalDataErased");
    }

    private void awaitErased(Family family, String council) {
        await().atMost(Duration.ofSeconds(20)).until(() -> erasedNow(family, council));
        given().auth()
                .oauth2(TestTokens.token(DATA_PROTECTION, council, null))
                .get("/api/v1/families/" + family.familyId() + "/personal-data")
                .then()
                .body("erased", equalTo(true))
                .body("erasure.trigger", equalTo("RETENTION"));
    }

    private static io.restassured.response.ValidatableResponse erase(String familyId) {
        return given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .contentType(ContentType.JSON)
                .body(ErasureRequest.EXAMPLE)
                .post("/api/v1/families/" + familyId + "/erasure")
                .then();
    }

    private List<PersonalDataScan.Trace> traces(Family family, String... more) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            List<String> needles = new java.util.ArrayList<>(family.personal());
            needles.addAll(List.of(more));
            return PersonalDataScan.find(connection, needles);
        }
    }

    /** Refers a family of made-up names and dates that no other test uses, and waits until it reads back. */
    private Family refer(String partnerToken) {
        String given = name();
        String familyName = name();
        String street = name() + " Road";
        String parentBorn = LocalDate.of(1960 + RANDOM.nextInt(30), 1, 1)
                .plusDays(RANDOM.nextInt(365))
                .toString();
        String childBorn = LocalDate.of(2010 + RANDOM.nextInt(8), 1, 1)
                .plusDays(RANDOM.nextInt(365))
                .toString();
        String summary = "Summary about " + name();
        String body = Referrals.body(referral -> {
            ObjectNode parent = (ObjectNode) referral.at("/household/members/0");
            parent.put("givenName", given);
            parent.put("familyName", familyName);
            parent.put("dateOfBirth", parentBorn);
            ObjectNode child = (ObjectNode) referral.at("/household/members/1");
            child.put("familyName", familyName);
            child.put("dateOfBirth", childBorn);
            ((ObjectNode) referral.at("/household/address")).put("line1", street);
            referral.put("summary", summary);
        });
        var accepted = Referrals.post(partnerToken, body).statusCode(202).extract();
        String referralId = accepted.path("referralId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(partnerToken)
                .get("/api/v1/referrals/" + referralId)
                .then()
                .statusCode(200));
        return new Family(
                referralId,
                accepted.path("familyId"),
                List.of(given, familyName, parentBorn, childBorn, street, summary),
                body);
    }

    private static String name() {
        StringBuilder name = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }
}
