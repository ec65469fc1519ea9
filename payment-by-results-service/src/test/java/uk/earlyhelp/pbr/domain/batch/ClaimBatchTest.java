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
                List.of(new ProvingPeriod("EMPLOYMENT_AFTER_UC", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 5, 5))),
                80_000);
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
            NOW);
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
                .when(new DraftClaimBatch(BATCH, COUNCIL, WINDOW_END, ENTRIES, SEED, 10, "finance-1", NOW))
                .expectEvents(DRAFTED);
        org.junit.jupiter.api.Assertions.assertEquals(1, DRAFTED.auditSample().size());
    }

    @Test
    void aDraftCanBeRebuiltAndKeepsItsSeed() {
        var rebuilt = List.of(entry("family-a"), entry("family-d"));
        fixture.given(DRAFTED)
                .when(new RebuildClaimBatch(BATCH, rebuilt, "finance-1", NOW))
                .expectEvents(new ClaimBatchRebuilt(
                        BATCH,
                        rebuilt,
                        AuditSample.select(List.of("family-a", "family-d"), SEED, 10),
                        "finance-1",
                        NOW));
    }

    @Test
    void aDraftIsApprovedThenSubmittedWithItsTotal() {
        fixture.given(DRAFTED)
                .when(new ApproveClaimBatch(BATCH, "finance-2", NOW))
                .expectEvents(APPROVED);
        fixture.given(DRAFTED, APPROVED)
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
                .when(new RebuildClaimBatch(BATCH, List.of(), "finance-1", NOW))
                .expectException(ClaimBatchRefused.class)
                .expectNoEvents();
        fixture.given(DRAFTED, APPROVED)
                .when(new ApproveClaimBatch(BATCH, "finance-2", NOW))
                .expectException(ClaimBatchRefused.class)
                .expectNoEvents();
    }

    @Test
    void aSubmittedBatchRefusesEveryChange() {
        fixture.given(DRAFTED, APPROVED, SUBMITTED)
                .when(new RebuildClaimBatch(BATCH, List.of(entry("family-z")), "finance-1", NOW))
                .expectException(ClaimBatchRefused.class)
                .expectNoEvents();
        fixture.given(DRAFTED, APPROVED, SUBMITTED)
                .when(new ApproveClaimBatch(BATCH, "finance-2", NOW))
                .expectException(ClaimBatchRefused.class)
                .expectNoEvents();
        fixture.given(DRAFTED, APPROVED, SUBMITTED)
                .when(new SubmitClaimBatch(BATCH, "finance-2", NOW))
                .expectException(ClaimBatchRefused.class)
                .expectEventsMatching(Matchers.noEvents());
    }
}
