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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.CaseClosedV1;
import uk.earlyhelp.contracts.ClosureReason;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.FamilyAttachedV1;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.Topics;
import uk.earlyhelp.platform.axon.AxonRuntime;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.personal.FamilyKeys;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.PersonalDataScan;
import uk.earlyhelp.platform.testing.TestTokens;
import uk.earlyhelp.platform.time.England;
import uk.earlyhelp.referral.application.RetentionJob;
import uk.earlyhelp.referral.projection.CaseStatuses;

/**
 * Personal data (docs/personal-data.md) in referral-service: encryption at rest, erasure, subject access, the access
 * log, retention, roles.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class PersonalDataTest {

    private static final String DATA_PROTECTION = "data-protection";
    private static final Random RANDOM = new Random();
    /** Families referred by {@link #refer}, each with dates of birth no other family in the database has. */
    private static final AtomicInteger FAMILIES = new AtomicInteger();

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

    @Inject
    FamilyKeys familyKeys;

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

    /**
     * Keys in use are cached (FamilyKeyCache); an erasure committed by another instance reaches this one's cache by a
     * PostgreSQL notification, and a key whose transaction rolled back is never kept.
     */
    @Test
    void anErasureByAnotherInstanceReachesThisInstancesKeyCacheAndARolledBackKeyIsNeverCached() throws Exception {
        String family = UUID.randomUUID().toString();
        javax.crypto.SecretKey key =
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> familyKeys.forWriting(family));
        assertEquals(key, familyKeys.forReading(family).orElseThrow());

        // Another instance's erasure, in its own transaction: first the row alone, which this instance cannot see
        // from its cache, then with the notification an erasure sends.
        String erasedRow = "UPDATE family_key SET wrapped_key = NULL, master_key_version = NULL, erased_at = now()"
                + " WHERE family_id = ?";
        try (Connection other = dataSource.getConnection();
                var update = other.prepareStatement(erasedRow)) {
            update.setString(1, family);
            update.executeUpdate();
        }
        assertTrue(familyKeys.forReading(family).isPresent(), "the key is cached");
        try (Connection other = dataSource.getConnection();
                var notify = other.prepareStatement("SELECT pg_notify('family_key_erased', ?)")) {
            notify.setString(1, family);
            notify.execute();
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> familyKeys.forReading(family).isEmpty());

        String rolledBack = UUID.randomUUID().toString();
        javax.crypto.SecretKey[] madeAndRolledBack = new javax.crypto.SecretKey[1];
        io.quarkus.narayana.jta.QuarkusTransaction.begin();
        madeAndRolledBack[0] = familyKeys.forWriting(rolledBack);
        io.quarkus.narayana.jta.QuarkusTransaction.rollback();
        javax.crypto.SecretKey made =
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> familyKeys.forWriting(rolledBack));
        assertNotEquals(madeAndRolledBack[0], made);
        assertEquals(made, familyKeys.forReading(rolledBack).orElseThrow());
    }

    /**
     * A new family's key is made without a look-up first ({@code forNewFamily}); the rest of its transaction sees
     * it without one. Should the family have a key after all, that stored key is the family's.
     */
    @Test
    void aNewFamilysKeyIsTheOneStoredAndTheTransactionSeesIt() throws Exception {
        String family = UUID.randomUUID().toString();
        javax.crypto.SecretKey made = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> {
                    javax.crypto.SecretKey key = familyKeys.forNewFamily(family);
                    assertEquals(key, familyKeys.forWriting(family));
                    return key;
                });
        assertEquals(made, familyKeys.forReading(family).orElseThrow());

        javax.crypto.SecretKey again =
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> familyKeys.forNewFamily(family));
        assertEquals(made, again);
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

        // Nothing personal about an erased family is recorded any more, and the writer is told so (409),
        // rather than the write being kept with its personal fields blanked.
        given().auth()
                .oauth2(TestTokens.partner("police"))
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"" + withdrawalReason + "\"}")
                .post("/api/v1/referrals/" + family.referralId() + "/withdrawal")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("erased"));
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/referrals/" + family.referralId())
                .then()
                .body("status", equalTo("RECEIVED"))
                .body("withdrawalReason", nullValue());

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
        var processor = axon.processor("referral-view");
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/referrals/" + family.referralId())
                .then()
                .statusCode(200)
                .body("personalDataErased", equalTo(true))
                .body("status", equalTo("RECEIVED"))
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
    void theRetentionJobErasesFamiliesLongQuietSinceTheirLatestActivityButNeverAnOpenOrHeldOne() {
        Instant now = clock.instant();
        LocalDate today = England.dateOf(now);
        // This council keeps data six years (the default); E06000016 two (configured for the tests); both with
        // the 30-day grace period.
        Family backDated = refer(TestTokens.partner("police"));
        Family there = refer(TestTokens.token("partner", TestTokens.OTHER_COUNCIL, "police"));
        Family neverACase = refer(TestTokens.partner("police"));
        Family held = refer(TestTokens.partner("police"));
        Family open = refer(TestTokens.partner("police"));
        // A closure typed as ten years ago must not bring the erasure forward: the clock runs from when it came.
        close(backDated, TestTokens.COUNCIL, today.minusYears(10));
        close(there, TestTokens.OTHER_COUNCIL, today.minusYears(3));
        close(held, TestTokens.COUNCIL, today);
        attach(open, today);
        given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"Held for care proceedings, court ref 123\"}")
                .put("/api/v1/families/" + held.familyId() + "/legal-hold")
                .then()
                .statusCode(200)
                .body("placedBy", equalTo("test-data-protection"));

        assertEquals(0, retention.eraseDue(now));
        for (Family family : List.of(backDated, there, neverACase, held, open)) {
            assertFalse(erasureStored(family), family.familyId() + " erased at once");
        }

        // Two years and the grace period on, only the other council's family is due.
        retention.eraseDue(now.plus(Duration.ofDays(2 * 366 + 31)));
        assertTrue(erasureStored(there));
        for (Family family : List.of(backDated, neverACase, held, open)) {
            assertFalse(erasureStored(family), family.familyId() + " erased after two years");
        }
        awaitErased(there, TestTokens.OTHER_COUNCIL, "RETENTION");

        // Six years and the grace period on: the back-dated one and the family that never had a case, but
        // neither the held family nor the open case.
        var sixYearsOn = now.plus(Duration.ofDays(6 * 366 + 31));
        retention.eraseDue(sixYearsOn);
        assertTrue(erasureStored(backDated));
        assertTrue(erasureStored(neverACase));
        assertFalse(erasureStored(held));
        assertFalse(erasureStored(open));
        awaitErased(backDated, TestTokens.COUNCIL, "RETENTION");
        var record = KafkaTestClient.awaitRecord(
                Topics.REFERRALS,
                r -> r.value().contains(backDated.familyId()) && r.value().contains("\"RETENTION\""));
        assertTrue(record.value().contains(England.dateOf(sixYearsOn).toString()), record.value());

        // Once the hold is lifted, the schedule catches up with the held family.
        given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .delete("/api/v1/families/" + held.familyId() + "/legal-hold")
                .then()
                .statusCode(204);
        retention.eraseDue(sixYearsOn);
        assertTrue(erasureStored(held));
        assertFalse(erasureStored(open));
    }

    @Test
    void oneOfficerRequestsAnErasureAndAnotherMustConfirmIt() {
        Family family = refer(TestTokens.partner("police"));
        String confirm = "/api/v1/families/" + family.familyId() + "/erasure/confirmation";
        given().auth()
                .oauth2(TestTokens.person(DATA_PROTECTION, "second-officer"))
                .post(confirm)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        requestErasure(family.familyId()).statusCode(202).body("status", equalTo("PENDING_CONFIRMATION"));
        assertFalse(erasedNow(family, TestTokens.COUNCIL), "nothing is erased on a request alone");
        given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .post(confirm)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("another"));
        given().auth()
                .oauth2(TestTokens.token(DATA_PROTECTION, TestTokens.OTHER_COUNCIL, null))
                .post(confirm)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        given().auth()
                .oauth2(TestTokens.person(DATA_PROTECTION, "second-officer"))
                .post(confirm)
                .then()
                .statusCode(202)
                .body("status", equalTo("ERASED"));
        awaitErased(family, TestTokens.COUNCIL, "REQUEST");
        requestErasure(family.familyId()).statusCode(202).body("status", equalTo("ERASED"));
    }

    @Test
    void aLegalHoldIsTheCouncilsDataProtectionOfficersAndNeedsAReason() {
        Family family = refer(TestTokens.partner("police"));
        String hold = "/api/v1/families/" + family.familyId() + "/legal-hold";
        for (String role : List.of("manager", "duty-officer", "operator")) {
            given().auth()
                    .oauth2(TestTokens.role(role))
                    .contentType(ContentType.JSON)
                    .body("{\"reason\": \"court\"}")
                    .put(hold)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(TestTokens.token(DATA_PROTECTION, TestTokens.OTHER_COUNCIL, null))
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"court\"}")
                .put(hold)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"\"}")
                .put(hold)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"court\"}")
                .put("/api/v1/families/" + UUID.randomUUID() + "/legal-hold")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.role(DATA_PROTECTION))
                .delete(hold)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private boolean erasureStored(Family family) {
        return jdbc.queryOne("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%FamilyErased'""", row -> row.getLong(1), family.familyId()).orElseThrow() > 0;
    }

    private void attach(Family family, LocalDate attachedOn) {
        KafkaTestClient.publish(new FamilyAttachedV1(
                family.familyId(),
                TestTokens.COUNCIL,
                attachedOn,
                "worker-1",
                List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.SCHOOL_ATTENDANCE),
                UUID.randomUUID().toString(),
                Decision.ELIGIBLE));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryOne(
                        "SELECT case_open FROM family_activity WHERE family_id = ?",
                        row -> row.getBoolean(1),
                        family.familyId())
                .orElse(false));
    }

    @Test
    void anOperatorRewrapsKeysUnderTheCurrentMasterKeyOnlyWhileTheFamiliesStayReadable() {
        Family family = refer(TestTokens.partner("police"));
        // Keys made under an older master key (test-2, still configured beside the current dev-1).
        familyKeys.rewrap("test-2");
        assertEquals(List.of("test-2"), wrappedUnder());

        // Only an operator rotates, only to the configured current version; each call is audited.
        for (String role : List.of(DATA_PROTECTION, "manager", "duty-officer")) {
            given().auth()
                    .oauth2(TestTokens.role(role))
                    .post("/api/v1/admin/family-keys/rotation")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(TestTokens.role("operator"))
                .queryParam("masterKeyVersion", "test-2")
                .post("/api/v1/admin/family-keys/rotation")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("masterKeyVersion"));
        assertEquals(List.of("test-2"), wrappedUnder());

        int rewrapped = given().auth()
                .oauth2(TestTokens.role("operator"))
                .post("/api/v1/admin/family-keys/rotation")
                .then()
                .statusCode(200)
                .body("masterKeyVersion", equalTo("dev-1"))
                .body("unreadable", equalTo(0))
                .extract()
                .path("rewrapped");
        assertTrue(rewrapped >= 1, "rewrapped " + rewrapped);
        assertEquals(List.of("dev-1"), wrappedUnder());
        given().auth()
                .oauth2(TestTokens.role("operator"))
                .queryParam("masterKeyVersion", "dev-1")
                .post("/api/v1/admin/family-keys/rotation")
                .then()
                .statusCode(200)
                .body("rewrapped", equalTo(0));
        assertTrue(jdbc.query(
                        "SELECT action FROM operator_audit WHERE actor = 'test-operator'", row -> row.getString(1))
                .containsAll(List.of(
                        "family-key-rotation refused", "family-key-rotation started", "family-key-rotation finished")));

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
    }

    private List<String> wrappedUnder() {
        return jdbc.query(
                "SELECT DISTINCT master_key_version FROM family_key WHERE wrapped_key IS NOT NULL",
                row -> row.getString(1));
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

    private void awaitErased(Family family, String council, String trigger) {
        await().atMost(Duration.ofSeconds(20)).until(() -> erasedNow(family, council));
        given().auth()
                .oauth2(TestTokens.token(DATA_PROTECTION, council, null))
                .get("/api/v1/families/" + family.familyId() + "/personal-data")
                .then()
                .body("erased", equalTo(true))
                .body("erasure.trigger", equalTo(trigger));
    }

    /** Requested by one data-protection officer and confirmed by another, as an erasure must be. */
    private static io.restassured.response.ValidatableResponse erase(String familyId) {
        requestErasure(familyId).statusCode(202);
        return given().auth()
                .oauth2(TestTokens.person(DATA_PROTECTION, "second-officer"))
                .post("/api/v1/families/" + familyId + "/erasure/confirmation")
                .then();
    }

    private static io.restassured.response.ValidatableResponse requestErasure(String familyId) {
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
        // Dates of birth of their own: the scan for traces reads every row, and a date drawn at random now and then
        // matched another family's, which then counted as a trace of this one.
        int family = FAMILIES.getAndIncrement();
        String parentBorn = LocalDate.of(1941, 1, 1).plusDays(family).toString();
        String childBorn = LocalDate.of(2016, 1, 1).plusDays(family).toString();
        String summary = "Summary about " + name();
        String agencyReference = "POL-" + name();
        String body = Referrals.body(referral -> {
            referral.put("agencyReference", agencyReference);
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
                List.of(given, familyName, parentBorn, childBorn, street, summary, agencyReference),
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
