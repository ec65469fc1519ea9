package uk.earlyhelp.pbr.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.Benefit;
import uk.earlyhelp.contracts.ClaimBatchSubmittedV1;
import uk.earlyhelp.contracts.CloudEventHeaders;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.contracts.EmploymentEndedV1;
import uk.earlyhelp.contracts.EmploymentStartedV1;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.FamilyAttachedV1;
import uk.earlyhelp.contracts.FamilyClaimedV1;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.contracts.OutcomeRecordedV1;
import uk.earlyhelp.contracts.OutcomeRetractedV1;
import uk.earlyhelp.contracts.Topics;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyClaimed;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyFacts;
import uk.earlyhelp.pbr.projection.FamilyRecords;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.MovedEvents;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * Families driven by eligibility and casework records on the real broker end up in a claim batch with the
 * right route and amount; the batch's export, approval and submission; and replaying every record changes
 * nothing. Each test uses a council of its own, so batches never see another test's families.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class ClaimBatchesOverKafkaTest {

    static final LocalDate ATTACHED = LocalDate.of(2025, 1, 6);
    static final String WINDOW_END = "2025-12-31";

    @Inject
    ObjectMapper json;

    @Inject
    FamilyRecords families;

    @Inject
    EventStore eventStore;

    @Inject
    Jdbc jdbc;

    /** Every record this test published, with its ce_id, to replay. */
    private final List<Map.Entry<IntegrationEvent, String>> published = new ArrayList<>();

    @Test
    void claimableFamiliesAreBatchedExportedAndClaimedOnceAndAReplayChangesNothing() {
        String council = newCouncil();
        String progress = "a-" + UUID.randomUUID();
        String employed = "b-" + UUID.randomUUID();
        String unfinished = "c-" + UUID.randomUUID();
        String notEligible = "d-" + UUID.randomUUID();

        attach(council, progress, Decision.ELIGIBLE, HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH);
        String crime = outcome(council, progress, HeadlineProblem.CRIME_ASB, "2025-02-01", "2025-08-01");
        String health = outcome(council, progress, HeadlineProblem.HEALTH, "2025-02-01", "2025-08-01");
        attach(council, employed, Decision.ELIGIBLE, HeadlineProblem.WORKLESSNESS, HeadlineProblem.SCHOOL_ATTENDANCE);
        publish(new EmploymentStartedV1(
                employed, council, "job-" + employed, 0, Benefit.JSA, LocalDate.of(2025, 2, 3)));
        attach(council, unfinished, Decision.ELIGIBLE, HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH);
        outcome(council, unfinished, HeadlineProblem.CRIME_ASB, "2025-02-01", "2025-08-01");
        attach(council, notEligible, Decision.NOT_ELIGIBLE, HeadlineProblem.WORKLESSNESS);
        publish(new EmploymentStartedV1(
                notEligible, council, "job-" + notEligible, 0, Benefit.UC, LocalDate.of(2025, 2, 3)));

        awaitFacts(progress, facts -> facts.outcomes().size() == 2);
        awaitFacts(employed, facts -> facts.employment().size() == 1);
        awaitFacts(unfinished, facts -> facts.outcomes().size() == 1);
        awaitFacts(notEligible, facts -> facts.employment().size() == 1);

        String batchId = given().auth()
                .oauth2(financeOfficer(council))
                .contentType(ContentType.JSON)
                .body(Map.of("windowEnd", WINDOW_END))
                .when()
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(201)
                .body("state", equalTo("DRAFT"))
                .body("council", equalTo(council))
                .body("families", equalTo(2))
                .body("totalPence", equalTo(160_000))
                .body("entries.familyId", contains(progress, employed))
                .body("entries.route", contains("SIGNIFICANT_AND_SUSTAINED_PROGRESS", "CONTINUOUS_EMPLOYMENT"))
                .body("entries.amountPence", contains(80_000, 80_000))
                .body("entries[0].problemsAtAttachment", contains("CRIME_ASB", "HEALTH"))
                .body("entries[1].proof[0].from", equalTo("2025-02-03"))
                .body("entries[1].proof[0].to", equalTo("2025-08-04"))
                .body("auditSample", hasSize(1))
                .extract()
                .path("batchId");

        String csv = given().auth()
                .oauth2(financeOfficer(council))
                .when()
                .get("/api/v1/claim-batches/" + batchId + "/export?format=csv")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        assertEquals(
                List.of(
                        "council_code,family_reference,attachment_date,route,crime_asb,school_attendance,"
                                + "children_need_help,worklessness,domestic_abuse,health,qualifying_dates,"
                                + "rule_version,amount_gbp",
                        council + "," + progress + ",2025-01-06,SIGNIFICANT_AND_SUSTAINED_PROGRESS,Y,N,N,N,N,Y,"
                                + "CRIME_ASB 2025-02-01 to 2025-08-01 (outcome " + crime + "); "
                                + "HEALTH 2025-02-01 to 2025-08-01 (outcome " + health + "),pbr-2022-04,800.00",
                        council + "," + employed + ",2025-01-06,CONTINUOUS_EMPLOYMENT,N,Y,N,Y,N,N,"
                                + "EMPLOYMENT_AFTER_JSA 2025-02-03 to 2025-08-04 (employment job-" + employed
                                + "),pbr-2022-04,800.00",
                        "TOTAL,2 families,,,,,,,,,,,1600.00",
                        "PROGRESS TO TARGET,\"0 of 2,800 = 0%\",,,,,,,,,,,"),
                List.of(csv.split("\r\n", -1)).subList(0, 5));
        assertTrue(csv.endsWith("\r\n"), "every line ends with CRLF");
        assertEquals(6, csv.split("\r\n", -1).length, "five lines, then nothing after the last CRLF");

        given().auth()
                .oauth2(financeOfficer(council))
                .when()
                .get("/api/v1/claim-batches/" + batchId + "/export?format=json")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("rows.familyReference", contains(progress, employed))
                .body("rows[1].route", equalTo("CONTINUOUS_EMPLOYMENT"))
                .body("rows[1].problemsAtAttachment.WORKLESSNESS", equalTo(true))
                .body("rows[1].problemsAtAttachment.HEALTH", equalTo(false))
                .body(
                        "rows[0].qualifyingDates",
                        equalTo("CRIME_ASB 2025-02-01 to 2025-08-01 (outcome " + crime + "); HEALTH 2025-02-01 to"
                                + " 2025-08-01 (outcome " + health + ")"))
                .body("rows[0].ruleVersion", equalTo("pbr-2022-04"))
                .body("rows[0].amountPounds", equalTo("800.00"))
                .body("totals.families", equalTo(2))
                .body("totals.amountPounds", equalTo("1600.00"))
                .body("progress.fundedMaximum", equalTo(2800))
                .body("progress.familiesAttached", equalTo(3));

        approve(council, batchId).body("state", equalTo("APPROVED"));
        post(council, batchId, "submission").statusCode(200).body("state", equalTo("SUBMITTED"));

        ConsumerRecord<String, String> submitted =
                KafkaTestClient.awaitRecord(Topics.PBR, r -> r.key().equals(batchId));
        assertEquals(
                EventType.CLAIM_BATCH_SUBMITTED.ceType(),
                KafkaTestClient.header(submitted, CloudEventHeaders.TYPE).orElseThrow());
        ClaimBatchSubmittedV1 batchEvent = read(submitted, ClaimBatchSubmittedV1.class);
        assertEquals(2, batchEvent.families());
        assertEquals(160_000, batchEvent.totalPence());
        assertEquals(council, batchEvent.council());
        FamilyClaimedV1 claimed =
                read(KafkaTestClient.awaitRecord(Topics.PBR, r -> r.key().equals(employed)), FamilyClaimedV1.class);
        assertEquals(batchId, claimed.batchId());
        assertEquals(80_000, claimed.amountPence());
        KafkaTestClient.awaitRecord(Topics.PBR, r -> r.key().equals(progress));

        given().auth()
                .oauth2(financeOfficer(council))
                .when()
                .get("/api/v1/progress")
                .then()
                .statusCode(200)
                .body("familiesAttached", equalTo(3))
                .body("familiesClaimed", equalTo(2))
                .body("fundedMaximum", equalTo(2800))
                .body("summary", equalTo("2 of 2,800 = 0%"));
        String submittedBatch = batchJson(council, batchId);

        // Replay every record with its own ce_id, then new facts for both claimed families, published last
        // on their partitions: once those are kept, everything before them has been consumed.
        List.copyOf(published).forEach(record -> publish(record.getKey(), record.getValue()));
        outcome(council, progress, HeadlineProblem.HEALTH, "2025-03-01", "2025-10-01");
        publish(new EmploymentEndedV1(employed, council, "job-" + employed, LocalDate.of(2025, 11, 1)));
        publish(new EmploymentStartedV1(
                employed, council, "job2-" + employed, 1, Benefit.UC, LocalDate.of(2025, 3, 3)));
        awaitFacts(progress, facts -> facts.outcomes().size() == 3);
        awaitFacts(employed, facts -> facts.employment().size() == 2);
        // Eligibility, attachment, two outcomes and the claim, plus the one new outcome: the replay added nothing.
        assertEquals(6, eventStore.readEvents(progress).asStream().count());
        // Eligibility, attachment, employment start and the claim, plus the new end and start.
        assertEquals(6, eventStore.readEvents(employed).asStream().count());

        assertEquals(submittedBatch, batchJson(council, batchId), "a submitted batch never changes");
        post(council, batchId, "rebuild").statusCode(409).contentType("application/problem+json");
        post(council, batchId, "approval").statusCode(409).contentType("application/problem+json");
        post(council, batchId, "submission").statusCode(409).contentType("application/problem+json");
        post(council, batchId, "discard").statusCode(409).contentType("application/problem+json");
        given().auth()
                .oauth2(financeOfficer(council))
                .contentType(ContentType.JSON)
                .body(Map.of("windowEnd", WINDOW_END))
                .when()
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(201)
                .body("families", equalTo(0))
                .body("entries", hasSize(0))
                .body("auditSample", hasSize(0));
        for (String family : List.of(progress, employed)) {
            assertEquals(1, claims(family), "one claim for " + family);
            assertEquals(
                    1,
                    KafkaTestClient.readAll(Topics.PBR).stream()
                            .filter(r -> r.key().equals(family))
                            .count(),
                    "one FamilyClaimed published for " + family);
        }
        given().auth()
                .oauth2(financeOfficer(council))
                .when()
                .get("/api/v1/progress")
                .then()
                .body("familiesClaimed", equalTo(2))
                .body("familiesAttached", equalTo(3));
    }

    @Test
    void aDraftIsRebuiltWithFamiliesClaimableSinceAndNoFamilyIsInTwoBatches() {
        String council = newCouncil();
        String first = "a-" + UUID.randomUUID();
        String second = "b-" + UUID.randomUUID();
        attach(council, first, Decision.ELIGIBLE, HeadlineProblem.WORKLESSNESS, HeadlineProblem.HEALTH);
        publish(new EmploymentStartedV1(first, council, "job-" + first, 0, Benefit.ESA, LocalDate.of(2025, 2, 3)));
        awaitFacts(first, facts -> facts.employment().size() == 1);

        var draft = given().auth()
                .oauth2(financeOfficer(council))
                .contentType(ContentType.JSON)
                .body(Map.of("windowEnd", WINDOW_END))
                .when()
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(201)
                .body("entries.familyId", contains(first))
                .body("auditSample", contains(first))
                .extract();
        String batchId = draft.path("batchId");
        long seed = draft.jsonPath().getLong("auditSeed");

        attach(council, second, Decision.ELIGIBLE, HeadlineProblem.WORKLESSNESS, HeadlineProblem.HEALTH);
        publish(new EmploymentStartedV1(second, council, "job-" + second, 0, Benefit.IS, LocalDate.of(2025, 2, 3)));
        awaitFacts(second, facts -> facts.employment().size() == 1);

        given().auth()
                .oauth2(financeOfficer(council))
                .contentType(ContentType.JSON)
                .body(Map.of("windowEnd", WINDOW_END))
                .when()
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(201)
                .body("entries.familyId", contains(second));
        // The other draft holds the second family now: a rebuild keeps the first and its seed.
        var rebuilt = post(council, batchId, "rebuild")
                .statusCode(200)
                .body("state", equalTo("DRAFT"))
                .body("entries.familyId", contains(first))
                .body("auditSample", contains(first))
                .extract();
        assertEquals(seed, rebuilt.jsonPath().getLong("auditSeed"));
    }

    @Test
    void aFailedSpotCheckTakesTheFamilyOutUntilNewEvidenceAndAnotherOfficerApproves() {
        String council = newCouncil();
        List<String> claimable = claimableByEmployment(council, 2);
        var draft = build(council)
                .body("entries.familyId", contains(claimable.toArray()))
                .extract();
        String batchId = draft.path("batchId");
        String sampled = draft.path("auditSample[0]");
        String other =
                claimable.stream().filter(f -> !f.equals(sampled)).findFirst().orElseThrow();

        // Two people: the drafter may not approve; nobody may approve before the sample is checked.
        post(council, batchId, "approval").statusCode(403).contentType("application/problem+json");
        given().auth()
                .oauth2(secondFinanceOfficer(council))
                .post("/api/v1/claim-batches/" + batchId + "/approval")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(sampled));
        auditResult(council, batchId, other, "PASS", null)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("familyId"));
        auditResult(council, batchId, sampled, "FAIL", null)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("note"));

        // A FAIL takes the family out with its note; the sample is drawn again from the rest.
        auditResult(council, batchId, sampled, "FAIL", "No payslips on file")
                .statusCode(200)
                .body("entries.familyId", contains(other))
                .body("auditSample", contains(other))
                .body("auditResults[0].familyId", equalTo(sampled))
                .body("auditResults[0].result", equalTo("FAIL"))
                .body("auditResults[0].note", equalTo("No payslips on file"));
        post(council, batchId, "rebuild").statusCode(200).body("entries.familyId", contains(other));
        approve(council, batchId).statusCode(200).body("state", equalTo("APPROVED"));
        post(council, batchId, "approval").statusCode(409).contentType("application/problem+json");

        // Held out of a new batch until new evidence for it arrives after the failure.
        String empty = build(council).body("families", equalTo(0)).extract().path("batchId");
        post(council, empty, "discard").statusCode(200).body("state", equalTo("DISCARDED"));
        outcome(council, sampled, HeadlineProblem.HEALTH, "2025-02-01", "2025-08-01");
        awaitFacts(sampled, facts -> facts.outcomes().size() == 1);
        build(council).body("entries.familyId", contains(sampled));
    }

    @Test
    void discardingADraftOrApprovedBatchReleasesItsFamilies() {
        String council = newCouncil();
        List<String> claimable = claimableByEmployment(council, 1);
        String draft = build(council)
                .body("entries.familyId", contains(claimable.get(0)))
                .extract()
                .path("batchId");
        post(council, draft, "discard")
                .statusCode(200)
                .body("state", equalTo("DISCARDED"))
                .body("discardedAt", org.hamcrest.Matchers.notNullValue());
        post(council, draft, "discard").statusCode(409).contentType("application/problem+json");
        post(council, draft, "approval").statusCode(409).contentType("application/problem+json");

        String approved = build(council)
                .body("entries.familyId", contains(claimable.get(0)))
                .extract()
                .path("batchId");
        approve(council, approved).statusCode(200);
        post(council, approved, "discard").statusCode(200).body("state", equalTo("DISCARDED"));
        build(council).body("entries.familyId", contains(claimable.get(0)));
    }

    /** Docs/domain.md, "Front door": two families found to be one are claimed at most once. */
    @Test
    void aMergedPairOfFamiliesIsClaimedAtMostOnce() {
        String council = newCouncil();
        List<String> claimable = new java.util.ArrayList<>(claimableByEmployment(council, 4));
        java.util.Collections.sort(claimable);
        String kept = claimable.get(0);
        String mergedAway = claimable.get(1);
        String claimedFirst = claimable.get(2);
        String mergedIntoClaimed = claimable.get(3);
        merge(council, mergedAway, kept);
        claim(council, containsInAnyOrder(kept, claimedFirst, mergedIntoClaimed));

        // A family claimed already, merged into another that was claimed too: nothing more is claimed for the pair,
        // and a family claimed after its merge partner is never offered.
        String late = claimableByEmployment(council, 1).getFirst();
        merge(council, claimedFirst, late);
        build(council).body("entries", org.hamcrest.Matchers.empty());
    }

    /**
     * A merge noted after a batch was built: the batch holds what building would now leave out, and approving or
     * submitting it would claim the pair twice; each refuses until the officer rebuilds or builds again.
     */
    @Test
    void aMergeNotedAfterTheBatchWasBuiltStopsItUntilItIsBuiltAgain() {
        String council = newCouncil();
        List<String> pair = claimableByEmployment(council, 2);
        String draft = build(council)
                .body("entries.familyId", containsInAnyOrder(pair.toArray()))
                .extract()
                .path("batchId");
        merge(council, pair.get(0), pair.get(1));
        approve(council, draft)
                .statusCode(409)
                .body("detail", containsString(pair.get(0) + ": merged into family " + pair.get(1)))
                .body("detail", containsString("rebuild the draft"));
        post(council, draft, "rebuild").statusCode(200).body("entries.familyId", contains(pair.get(1)));

        // Approved before the merge: submitting it would claim both; a new build claims the pair once.
        List<String> approvedPair = claimableByEmployment(council, 2);
        approve(council, draft).statusCode(200);
        post(council, draft, "submission").statusCode(200);
        String approved = build(council)
                .body("entries.familyId", containsInAnyOrder(approvedPair.toArray()))
                .extract()
                .path("batchId");
        approve(council, approved).statusCode(200);
        merge(council, approvedPair.get(1), approvedPair.get(0));
        post(council, approved, "submission")
                .statusCode(409)
                .body("detail", containsString(approvedPair.get(1) + ": merged into family " + approvedPair.get(0)));
        assertEquals(0, claims(approvedPair.get(0)) + claims(approvedPair.get(1)));
        post(council, approved, "discard").statusCode(200);
        String withKept = build(council)
                .body("entries.familyId", contains(approvedPair.get(0)))
                .extract()
                .path("batchId");

        // A family merged into one claimed already: the pair is claimed, so a draft holding it is not approved.
        String late = claimableByEmployment(council, 1).getFirst();
        post(council, withKept, "rebuild")
                .statusCode(200)
                .body("entries.familyId", containsInAnyOrder(approvedPair.get(0), late));
        merge(council, pair.get(1), late);
        approve(council, withKept)
                .statusCode(409)
                .body("detail", containsString(late + ": family " + pair.get(1) + ", merged into it, was claimed"));
        assertEquals(1, claims(pair.get(1)));
        assertEquals(0, claims(pair.get(0)));
    }

    /** A into B, then B into C: all three are one family, claimed at most once, whichever merge arrives first. */
    @Test
    void aChainOfMergesIsClaimedAtMostOnce() {
        String council = newCouncil();
        List<String> claimed = claimableByEmployment(council, 2);
        claim(council, containsInAnyOrder(claimed.toArray()));

        List<String> later = claimableByEmployment(council, 4);
        merge(council, claimed.get(0), later.get(0));
        merge(council, later.get(0), later.get(1));
        // The other way round: the later merge of the chain arrives first.
        merge(council, later.get(2), later.get(3));
        merge(council, claimed.get(1), later.get(2));

        build(council).body("entries", org.hamcrest.Matchers.empty());
    }

    @Test
    void noBatchTakesTheCouncilPastItsFundedMaximum() {
        String council = newCouncil();
        given().auth()
                .oauth2(financeOfficer(council))
                .get("/api/v1/funding")
                .then()
                .statusCode(200)
                .body("fundedFamilies", equalTo(2800))
                .body("setBy", org.hamcrest.Matchers.nullValue());
        given().auth()
                .oauth2(financeOfficer(council))
                .contentType(ContentType.JSON)
                .body(Map.of("fundedFamilies", 2))
                .put("/api/v1/funding")
                .then()
                .statusCode(200)
                .body("fundedFamilies", equalTo(2))
                .body("setBy", equalTo("test-finance-officer"));
        List<String> claimable = claimableByEmployment(council, 3);

        String first = build(council)
                .body("entries.familyId", contains(claimable.get(0), claimable.get(1)))
                .body("overCap", equalTo(1))
                .extract()
                .path("batchId");
        // A second draft finds the funded places taken by the first (draft batches count too).
        build(council).body("families", equalTo(0)).body("overCap", equalTo(1));
        approve(council, first).statusCode(200);
        post(council, first, "submission").statusCode(200);
        given().auth()
                .oauth2(financeOfficer(council))
                .get("/api/v1/progress")
                .then()
                .statusCode(200)
                .body("familiesClaimed", equalTo(2))
                .body("fundedMaximum", equalTo(2))
                .body("percentage", equalTo(100));
        // Lowered below what is already claimed, progress still reads 100%, never more.
        given().auth()
                .oauth2(financeOfficer(council))
                .contentType(ContentType.JSON)
                .body(Map.of("fundedFamilies", 1))
                .put("/api/v1/funding")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(financeOfficer(council))
                .get("/api/v1/progress")
                .then()
                .body("percentage", equalTo(100));
        for (String body : List.of(
                "{\"fundedFamilies\": -1}",
                "{\"fundedFamilies\": \"many\"}",
                "{}",
                "{\"fundedFamilies\": 5, \"x\": 1}",
                "{\"fundedFamilies\": 1000001}")) {
            given().auth()
                    .oauth2(financeOfficer(council))
                    .contentType(ContentType.JSON)
                    .body(body)
                    .put("/api/v1/funding")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        for (String role : List.of("partner", "caseworker", "manager", "operator", "data-protection")) {
            given().auth()
                    .oauth2(TestTokens.token(role, council, "police"))
                    .contentType(ContentType.JSON)
                    .body(Map.of("fundedFamilies", 9))
                    .put("/api/v1/funding")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(financeOfficer(council))
                .get("/api/v1/funding")
                .then()
                .body("fundedFamilies", equalTo(1));
    }

    @Test
    void aRetractedOutcomeTakesTheFamilyOutOfADraftAndASubmittedClaimIsAdjustedInTheNextBatch() {
        String council = newCouncil();
        String submitted = "a-" + UUID.randomUUID();
        String drafted = "b-" + UUID.randomUUID();
        String stillProven = "c-" + UUID.randomUUID();
        Map<String, String> crimeOutcome = new java.util.HashMap<>();
        attach(council, submitted, Decision.ELIGIBLE, HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH);
        crimeOutcome.put(submitted, outcome(council, submitted, HeadlineProblem.CRIME_ASB, "2025-02-01", "2025-08-01"));
        outcome(council, submitted, HeadlineProblem.HEALTH, "2025-02-01", "2025-08-01");
        awaitFacts(submitted, facts -> facts.outcomes().size() == 2);
        String claimedBatch = claim(council, contains(submitted));

        for (String familyId : List.of(drafted, stillProven)) {
            attach(council, familyId, Decision.ELIGIBLE, HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH);
            crimeOutcome.put(
                    familyId, outcome(council, familyId, HeadlineProblem.CRIME_ASB, "2025-02-01", "2025-08-01"));
            outcome(council, familyId, HeadlineProblem.HEALTH, "2025-02-01", "2025-08-01");
        }
        // The third family has a second outcome for crime, so it stays proven without the first.
        outcome(council, stillProven, HeadlineProblem.CRIME_ASB, "2025-02-15", "2025-08-20");
        awaitFacts(drafted, facts -> facts.outcomes().size() == 2);
        awaitFacts(stillProven, facts -> facts.outcomes().size() == 3);

        publish(new OutcomeRetractedV1(
                submitted,
                council,
                crimeOutcome.get(submitted),
                HeadlineProblem.CRIME_ASB,
                "Wrong family",
                LocalDate.of(2025, 9, 1)));
        publish(new OutcomeRetractedV1(
                stillProven,
                council,
                crimeOutcome.get(stillProven),
                HeadlineProblem.CRIME_ASB,
                "Duplicate",
                LocalDate.of(2025, 9, 1)));
        awaitFacts(submitted, facts -> facts.outcomes().size() == 1);
        awaitFacts(stillProven, facts -> facts.outcomes().size() == 2);

        // The next batch carries the submitted claim back as a negative line with its reason.
        String[] draft = new String[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            if (draft[0] != null) {
                post(council, draft[0], "discard").statusCode(200);
            }
            draft[0] = build(council).extract().path("batchId");
            given().auth()
                    .oauth2(financeOfficer(council))
                    .get("/api/v1/claim-batches/" + draft[0])
                    .then()
                    .body("adjustments.familyId", contains(submitted));
        });
        given().auth()
                .oauth2(financeOfficer(council))
                .get("/api/v1/claim-batches/" + draft[0])
                .then()
                .body("entries.familyId", contains(drafted, stillProven))
                .body("adjustments[0].amountPence", equalTo(-80_000))
                .body("adjustments[0].claimedInBatch", equalTo(claimedBatch))
                .body("adjustments[0].reason", containsString("Wrong family"))
                .body("totalPence", equalTo(80_000));
        String csv = given().auth()
                .oauth2(financeOfficer(council))
                .get("/api/v1/claim-batches/" + draft[0] + "/export?format=csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                csv.contains(council + "," + submitted + ",,ADJUSTMENT,,,,,,,Claimed in batch " + claimedBatch), csv);
        assertTrue(csv.contains(",-800.00\r\n"), csv);
        assertTrue(csv.contains("TOTAL,2 families,,,,,,,,,,,800.00"), csv);

        // A family of the draft whose outcome is then retracted leaves it; the one still proven stays.
        publish(new OutcomeRetractedV1(
                drafted,
                council,
                crimeOutcome.get(drafted),
                HeadlineProblem.CRIME_ASB,
                "Wrong dates",
                LocalDate.of(2025, 9, 1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(financeOfficer(council))
                .get("/api/v1/claim-batches/" + draft[0])
                .then()
                .body("entries.familyId", contains(stillProven))
                .body("removed[0].familyId", equalTo(drafted))
                .body("removed[0].reason", containsString("Wrong dates")));
    }

    /** {@code count} families of the council, each claimable by the window end through employment. */
    private List<String> claimableByEmployment(String council, int count) {
        List<String> families = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String familyId = (char) ('a' + i) + "-" + UUID.randomUUID();
            attach(council, familyId, Decision.ELIGIBLE, HeadlineProblem.WORKLESSNESS, HeadlineProblem.HEALTH);
            publish(new EmploymentStartedV1(
                    familyId, council, "job-" + familyId, 0, Benefit.ESA, LocalDate.of(2025, 2, 3)));
            families.add(familyId);
        }
        families.forEach(
                familyId -> awaitFacts(familyId, facts -> facts.employment().size() == 1));
        return families;
    }

    private ValidatableResponse build(String council) {
        return given().auth()
                .oauth2(financeOfficer(council))
                .contentType(ContentType.JSON)
                .body(Map.of("windowEnd", WINDOW_END))
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(201);
    }

    @Test
    void twoBuildsAtOnceNeverPutAFamilyInBothBatches() throws Exception {
        String council = newCouncil();
        List<String> claimable = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String family = i + "-" + UUID.randomUUID();
            claimable.add(family);
            attach(council, family, Decision.ELIGIBLE, HeadlineProblem.WORKLESSNESS, HeadlineProblem.HEALTH);
            publish(new EmploymentStartedV1(family, council, "job-" + family, 0, Benefit.UC, LocalDate.of(2025, 2, 3)));
        }
        claimable.forEach(
                family -> awaitFacts(family, facts -> facts.employment().size() == 1));

        Callable<List<String>> build = () -> given().auth()
                .oauth2(financeOfficer(council))
                .contentType(ContentType.JSON)
                .body(Map.of("windowEnd", WINDOW_END))
                .when()
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getList("entries.familyId", String.class);
        ExecutorService twoClerks = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> builds = twoClerks.invokeAll(List.of(build, build));
            List<String> both = new ArrayList<>(builds.get(0).get());
            both.addAll(builds.get(1).get());
            assertEquals(
                    claimable.stream().sorted().toList(), both.stream().sorted().toList());
        } finally {
            twoClerks.shutdownNow();
        }
    }

    @Test
    void onlyAFinanceOfficerOfTheBatchsCouncilMayTouchItAndBadRequestsAreProblems() {
        String council = newCouncil();
        String batchId = given().auth()
                .oauth2(financeOfficer(council))
                .contentType(ContentType.JSON)
                .body(Map.of("windowEnd", WINDOW_END))
                .when()
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(201)
                .extract()
                .path("batchId");
        String other = TestTokens.token("finance-officer", TestTokens.OTHER_COUNCIL, null);
        for (String path : List.of("", "/export?format=csv", "/export?format=json")) {
            given().auth()
                    .oauth2(other)
                    .when()
                    .get("/api/v1/claim-batches/" + batchId + path)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        for (String action : List.of("rebuild", "approval", "submission")) {
            given().auth()
                    .oauth2(other)
                    .when()
                    .post("/api/v1/claim-batches/" + batchId + "/" + action)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        String manager = TestTokens.token("manager", council, null);
        given().auth()
                .oauth2(manager)
                .when()
                .get("/api/v1/claim-batches/" + batchId + "/export?format=csv")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(Map.of("windowEnd", WINDOW_END))
                .when()
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.token("caseworker", council, null))
                .when()
                .get("/api/v1/progress")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/api/v1/progress").then().statusCode(401);
        given().auth()
                .oauth2(financeOfficer(council))
                .when()
                .get("/api/v1/claim-batches/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(financeOfficer(council))
                .when()
                .get("/api/v1/claim-batches/" + batchId + "/export?format=xlsx")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(financeOfficer(council))
                .contentType(ContentType.JSON)
                .body(Map.of("windowEnd", LocalDate.now().plusYears(1).toString()))
                .when()
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("windowEnd"));
        given().auth()
                .oauth2(financeOfficer(council))
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(financeOfficer(council))
                .contentType(ContentType.JSON)
                .body("{\"windowEnd\": \"not a date\"}")
                .when()
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        post(council, batchId, "submission").statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aBatchStoredUnderItsOldEventNamesIsStillReadApprovedAndSubmitted() {
        String council = newCouncil();
        String batchId = given().auth()
                .oauth2(financeOfficer(council))
                .contentType(ContentType.JSON)
                .body(Map.of("windowEnd", WINDOW_END))
                .when()
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(201)
                .extract()
                .path("batchId");

        assertEquals(1, MovedEvents.storeUnderOldNames(jdbc, "uk.earlyhelp.pbr.domain", batchId));
        approve(council, batchId).body("state", equalTo("APPROVED"));
        assertEquals(2, MovedEvents.storeUnderOldNames(jdbc, "uk.earlyhelp.pbr.domain", batchId));
        post(council, batchId, "submission").statusCode(200).body("state", equalTo("SUBMITTED"));
        assertEquals(3, MovedEvents.storeUnderOldNames(jdbc, "uk.earlyhelp.pbr.domain", batchId));
        batchJson(council, batchId); // still SUBMITTED, read from the old rows
    }

    private static String newCouncil() {
        return "T" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    private static String financeOfficer(String council) {
        return TestTokens.token("finance-officer", council, null);
    }

    private static org.hamcrest.Matcher<String> startsWith(String prefix) {
        return org.hamcrest.Matchers.startsWith(prefix);
    }

    /** Another finance officer than the drafter: two people sign a claim off. */
    private static String secondFinanceOfficer(String council) {
        return TestTokens.claims("finance-officer", council, "second-finance-officer")
                .sign();
    }

    /** Builds a batch whose entries are the families {@code entries} expects, approves it and submits it. */
    private String claim(String council, Matcher<?> entries) {
        String batchId =
                build(council).body("entries.familyId", entries).extract().path("batchId");
        approve(council, batchId).statusCode(200);
        post(council, batchId, "submission").statusCode(200);
        return batchId;
    }

    /** Records a PASS for every sampled family, then approves as the second officer. */
    private ValidatableResponse approve(String council, String batchId) {
        List<String> sample = given().auth()
                .oauth2(financeOfficer(council))
                .get("/api/v1/claim-batches/" + batchId)
                .then()
                .statusCode(200)
                .extract()
                .path("auditSample");
        for (String familyId : sample) {
            auditResult(council, batchId, familyId, "PASS", "evidence seen").statusCode(200);
        }
        return given().auth()
                .oauth2(secondFinanceOfficer(council))
                .post("/api/v1/claim-batches/" + batchId + "/approval")
                .then();
    }

    private ValidatableResponse auditResult(
            String council, String batchId, String familyId, String result, String note) {
        Map<String, String> body = new java.util.HashMap<>(Map.of("familyId", familyId, "result", result));
        if (note != null) {
            body.put("note", note);
        }
        return given().auth()
                .oauth2(financeOfficer(council))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/claim-batches/" + batchId + "/audit-results")
                .then();
    }

    private ValidatableResponse post(String council, String batchId, String action) {
        return given().auth()
                .oauth2(financeOfficer(council))
                .when()
                .post("/api/v1/claim-batches/" + batchId + "/" + action)
                .then();
    }

    private String batchJson(String council, String batchId) {
        return given().auth()
                .oauth2(financeOfficer(council))
                .when()
                .get("/api/v1/claim-batches/" + batchId)
                .then()
                .statusCode(200)
                .body("state", equalTo("SUBMITTED"))
                .extract()
                .asString();
    }

    private long claims(String familyId) {
        return eventStore
                .readEvents(familyId)
                .asStream()
                .map(DomainEventMessage::getPayload)
                .filter(FamilyClaimed.class::isInstance)
                .count();
    }

    private void awaitFacts(String familyId, java.util.function.Predicate<FamilyFacts> condition) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> families.facts(familyId).filter(condition).isPresent());
    }

    private void attach(String council, String familyId, Decision decision, HeadlineProblem... problems) {
        String decisionId = UUID.randomUUID().toString();
        publish(new EligibilityDecidedV1(
                decisionId,
                familyId,
                council,
                decision,
                List.of(problems),
                Math.max(0, 2 - problems.length),
                "sf-2022-04",
                "Reason.",
                List.of(),
                Instant.parse("2025-01-02T10:00:00Z")));
        publish(new FamilyAttachedV1(
                familyId, council, ATTACHED, "worker-17", List.of(problems), decisionId, decision));
    }

    /** Publishes an outcome as casework would; answers its id. */
    private String outcome(String council, String familyId, HeadlineProblem problem, String from, String to) {
        String outcomeId = UUID.randomUUID().toString();
        publish(new OutcomeRecordedV1(
                familyId,
                council,
                outcomeId,
                problem,
                LocalDate.parse(from),
                LocalDate.parse(to),
                LocalDate.parse(to)));
        return outcomeId;
    }

    /** Publishes a merge as referral-service would and waits until payment by results has noted it. */
    private void merge(String council, String familyId, String intoFamilyId) {
        publish(new uk.earlyhelp.contracts.FamiliesMergedV1(familyId, intoFamilyId, council, Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryOne(
                                        "SELECT count(*) FROM family_merge WHERE family_id = ?",
                                        row -> row.getLong(1),
                                        familyId)
                                .orElse(0L)
                        == 1);
    }

    private void publish(IntegrationEvent event) {
        String ceId = UUID.randomUUID().toString();
        published.add(Map.entry(event, ceId));
        publish(event, ceId);
    }

    private void publish(IntegrationEvent event, String ceId) {
        KafkaTestClient.publish(event, ceId);
    }

    private <T> T read(ConsumerRecord<String, String> record, Class<T> type) {
        try {
            return json.readValue(record.value(), type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
