package uk.earlyhelp.pbr.domain.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.ClaimRoute;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.pbr.domain.rules.ProvingPeriod;

class ClaimBatchTest {

    static final String BATCH = "batch-1";
    static final String COUNCIL = "E10000018";
    static final LocalDate WINDOW_END = LocalDate.of(2025, 9, 30);
    static final Instant NOW = Instant.parse("2025-10-01T09:00:00Z");
    static final long SEED = 2026L;

    static BatchEntry entry(String familyId) {
        return new BatchEntry(
                familyId,
                LocalDate.of(2025, 1, 6),
                List.of(HeadlineProblem.WORKLESSNESS, HeadlineProblem.HEALTH),
                ClaimRoute.CONTINUOUS_EMPLOYMENT,
                LocalDate.of(2025, 5, 5),
                List.of(new ProvingPeriod(
                        "EMPLOYMENT_AFTER_UC", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 5, 5), "job-1")),
                80_000,
                "pbr-2022-04");
    }

    static final List<BatchEntry> ENTRIES = List.of(entry("family-a"), entry("family-b"), entry("family-c"));
    static final ClaimBatchDrafted DRAFTED = new ClaimBatchDrafted(
            BATCH,
            COUNCIL,
            WINDOW_END,
            ENTRIES,
            SEED,
            10,
            AuditSample.select(List.of("family-a", "family-b", "family-c"), SEED, 10),
            "finance-1",
            NOW,
            0);
    static final String SAMPLED = DRAFTED.auditSample().getFirst();
    static final AuditResultRecorded PASSED =
            new AuditResultRecorded(BATCH, SAMPLED, AuditResult.PASS, null, DRAFTED.auditSample(), "finance-1", NOW);
    static final ClaimBatchApproved APPROVED = new ClaimBatchApproved(BATCH, "finance-2", NOW);
    static final ClaimBatchSubmitted SUBMITTED =
            new ClaimBatchSubmitted(BATCH, COUNCIL, WINDOW_END, 3, 240_000, "finance-2", NOW);

    private AggregateTestFixture<ClaimBatch> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ClaimBatch.class);
    }

    @Test
    void aDraftHoldsItsFamiliesAndASeededAuditSampleOfAtLeastOne() {
        fixture.givenNoPriorActivity()
                .when(new DraftClaimBatch(BATCH, COUNCIL, WINDOW_END, ENTRIES, SEED, 10, "finance-1", NOW, 0))
                .expectEvents(DRAFTED);
        org.junit.jupiter.api.Assertions.assertEquals(1, DRAFTED.auditSample().size());
    }

    @Test
    void aDraftCanBeRebuiltAndKeepsItsSeed() {
        var rebuilt = List.of(entry("family-a"), entry("family-d"));
        fixture.given(DRAFTED)
                .when(new RebuildClaimBatch(BATCH, rebuilt, "finance-1", NOW, 3))
                .expectEvents(new ClaimBatchRebuilt(
                        BATCH,
                        rebuilt,
                        AuditSample.select(List.of("family-a", "family-d"), SEED, 10),
                        "finance-1",
                        NOW,
                        3));
    }

    @Test
    void aDraftIsApprovedThenSubmittedWithItsTotal() {
        fixture.given(DRAFTED, PASSED)
                .when(new ApproveClaimBatch(BATCH, "finance-2", NOW))
                .expectEvents(APPROVED);
        fixture.given(DRAFTED, PASSED, APPROVED)
                .when(new SubmitClaimBatch(BATCH, "finance-2", NOW))
                .expectEvents(SUBMITTED);
    }

    @Test
    void aDraftCannotBeSubmittedBeforeApproval() {
        fixture.given(DRAFTED)
                .when(new SubmitClaimBatch(BATCH, "finance-2", NOW))
                .expectException(ClaimBatchRefused.class)
                .expectNoEvents();
    }

    @Test
    void anApprovedBatchCannotBeRebuiltOrApprovedAgain() {
        fixture.given(DRAFTED, APPROVED)
                .when(new RebuildClaimBatch(BATCH, List.of(), "finance-1", NOW, 0))
                .expectException(ClaimBatchRefused.class)
                .expectNoEvents();
        fixture.given(DRAFTED, PASSED, APPROVED)
                .when(new ApproveClaimBatch(BATCH, "finance-2", NOW))
                .expectException(ClaimBatchRefused.class)
                .expectNoEvents();
    }

    // Assurance: the audit sample's spot checks, two people, discarding.

    /** Whether approval by {@code approver} goes through, given the spot checks recorded so far. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
        "sampled family passed; another officer approves, finance-2, PASS,  ",
        "nothing recorded for the sampled family,        finance-2, ,      CONFLICT",
        "the drafter approves,                           finance-1, PASS,  FORBIDDEN",
    })
    void approvalNeedsTheSampleCheckedAndASecondOfficer(
            String name, String approver, AuditResult recorded, ClaimBatchRefused.Kind refusal) {
        List<Object> history = new java.util.ArrayList<>(List.of(DRAFTED));
        if (recorded != null) {
            history.add(new AuditResultRecorded(BATCH, SAMPLED, recorded, null, DRAFTED.auditSample(), "x", NOW));
        }
        var result = fixture.given(history).when(new ApproveClaimBatch(BATCH, approver, NOW));
        if (refusal == null) {
            result.expectEvents(new ClaimBatchApproved(BATCH, approver, NOW));
        } else {
            result.expectNoEvents().expectException(refusedAs(refusal, null));
        }
    }

    @Test
    void aFailTakesTheFamilyOutAndDrawsTheSampleAgainFromTheRest() {
        List<String> rest = ENTRIES.stream()
                .map(BatchEntry::familyId)
                .filter(familyId -> !familyId.equals(SAMPLED))
                .toList();
        fixture.given(DRAFTED)
                .when(new RecordAuditResult(BATCH, SAMPLED, AuditResult.FAIL, "No payslips", "finance-1", NOW))
                .expectEvents(new AuditResultRecorded(
                        BATCH,
                        SAMPLED,
                        AuditResult.FAIL,
                        "No payslips",
                        AuditSample.select(rest, SEED, 10),
                        "finance-1",
                        NOW));
    }

    /** Spot checks are for the sampled families of a draft, and a FAIL says why. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
        "a family outside the sample, OUTSIDE, PASS, ,      UNPROCESSABLE, familyId",
        "a FAIL without a note,       SAMPLED, FAIL, ,      UNPROCESSABLE, note",
        "a FAIL with a blank note,    SAMPLED, FAIL, '  ',  UNPROCESSABLE, note",
    })
    void aSpotCheckIsRefused(
            String name, String which, AuditResult result, String note, ClaimBatchRefused.Kind kind, String field) {
        String familyId = which.equals("SAMPLED")
                ? SAMPLED
                : ENTRIES.stream()
                        .map(BatchEntry::familyId)
                        .filter(f -> !f.equals(SAMPLED))
                        .findFirst()
                        .orElseThrow();
        fixture.given(DRAFTED)
                .when(new RecordAuditResult(BATCH, familyId, result, note, "finance-1", NOW))
                .expectNoEvents()
                .expectException(refusedAs(kind, field));
    }

    @Test
    void noSpotCheckOnceApproved() {
        fixture.given(DRAFTED, PASSED, APPROVED)
                .when(new RecordAuditResult(BATCH, SAMPLED, AuditResult.FAIL, "late", "finance-1", NOW))
                .expectNoEvents()
                .expectException(refusedAs(ClaimBatchRefused.Kind.CONFLICT, null));
    }

    @Test
    void aDraftOrApprovedBatchIsDiscardedButASubmittedOneNever() {
        var discarded = new ClaimBatchDiscarded(BATCH, "finance-1", NOW);
        fixture.given(DRAFTED)
                .when(new DiscardClaimBatch(BATCH, "finance-1", NOW))
                .expectEvents(discarded);
        fixture.given(DRAFTED, PASSED, APPROVED)
                .when(new DiscardClaimBatch(BATCH, "finance-1", NOW))
                .expectEvents(discarded);
        fixture.given(DRAFTED, PASSED, APPROVED, SUBMITTED)
                .when(new DiscardClaimBatch(BATCH, "finance-1", NOW))
                .expectNoEvents()
                .expectException(ClaimBatchRefused.class);
        fixture.given(DRAFTED, discarded)
                .when(new ApproveClaimBatch(BATCH, "finance-2", NOW))
                .expectNoEvents()
                .expectException(ClaimBatchRefused.class);
    }

    private static org.hamcrest.Matcher<Throwable> refusedAs(ClaimBatchRefused.Kind kind, String field) {
        return new org.hamcrest.CustomTypeSafeMatcher<>("refused as " + kind + " on " + field) {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof ClaimBatchRefused refused
                        && refused.kind() == kind
                        && java.util.Objects.equals(refused.field(), field);
            }
        };
    }

    @Test
    void aSubmittedBatchRefusesEveryChange() {
        fixture.given(DRAFTED, PASSED, APPROVED, SUBMITTED)
                .when(new RebuildClaimBatch(BATCH, List.of(entry("family-z")), "finance-1", NOW, 0))
                .expectException(ClaimBatchRefused.class)
                .expectNoEvents();
        fixture.given(DRAFTED, PASSED, APPROVED, SUBMITTED)
                .when(new ApproveClaimBatch(BATCH, "finance-2", NOW))
                .expectException(ClaimBatchRefused.class)
                .expectNoEvents();
        fixture.given(DRAFTED, PASSED, APPROVED, SUBMITTED)
                .when(new SubmitClaimBatch(BATCH, "finance-2", NOW))
                .expectException(ClaimBatchRefused.class)
                .expectEventsMatching(Matchers.noEvents());
    }
}
