package uk.earlyhelp.pbr.domain.claimrecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.Benefit;
import uk.earlyhelp.contracts.ClaimRoute;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

class FamilyClaimRecordTest {

    static final String FAMILY = "family-1";
    static final String COUNCIL = "E10000018";
    static final LocalDate ATTACHED = LocalDate.of(2025, 1, 6);

    static final EligibilityNoted ELIGIBLE = new EligibilityNoted(
            FAMILY,
            COUNCIL,
            "decision-1",
            Decision.ELIGIBLE,
            List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH),
            Instant.parse("2025-01-02T10:00:00Z"));
    static final AttachmentNoted ATTACHMENT = new AttachmentNoted(
            FAMILY,
            COUNCIL,
            ATTACHED,
            List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH),
            "decision-1",
            Decision.ELIGIBLE);
    static final OutcomeNoted OUTCOME = new OutcomeNoted(
            FAMILY,
            COUNCIL,
            "outcome-1",
            HeadlineProblem.CRIME_ASB,
            LocalDate.of(2025, 2, 1),
            LocalDate.of(2025, 8, 1),
            LocalDate.of(2025, 8, 4));
    static final EmploymentStartNoted STARTED =
            new EmploymentStartNoted(FAMILY, COUNCIL, "job-1", 0, Benefit.JSA, LocalDate.of(2025, 2, 3));
    static final FamilyClaimed CLAIMED = new FamilyClaimed(
            FAMILY, COUNCIL, "batch-1", ClaimRoute.CONTINUOUS_EMPLOYMENT, 80_000, LocalDate.of(2025, 9, 1));

    private AggregateTestFixture<FamilyClaimRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FamilyClaimRecord.class);
    }

    @Test
    void theFirstAttachmentIsKept() {
        fixture.given(ELIGIBLE)
                .when(new NoteAttachment(
                        FAMILY,
                        COUNCIL,
                        ATTACHED,
                        List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH),
                        "decision-1",
                        Decision.ELIGIBLE))
                .expectEvents(ATTACHMENT);
    }

    @Test
    void anAttachmentArrivingFirstCreatesTheRecord() {
        fixture.givenNoPriorActivity()
                .when(new NoteAttachment(
                        FAMILY,
                        COUNCIL,
                        ATTACHED,
                        List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH),
                        "decision-1",
                        Decision.ELIGIBLE))
                .expectEvents(ATTACHMENT);
    }

    @Test
    void aLaterAttachmentDoesNotChangeTheProblemsFrozenAtTheFirst() {
        fixture.given(ELIGIBLE, ATTACHMENT)
                .when(new NoteAttachment(
                        FAMILY,
                        COUNCIL,
                        LocalDate.of(2025, 6, 1),
                        List.of(HeadlineProblem.HEALTH),
                        "decision-2",
                        Decision.ELIGIBLE))
                .expectNoEvents();
    }

    @Test
    void anOutcomeIsKeptOnce() {
        fixture.given(ATTACHMENT)
                .when(new NoteOutcome(
                        FAMILY,
                        COUNCIL,
                        "outcome-1",
                        HeadlineProblem.CRIME_ASB,
                        LocalDate.of(2025, 2, 1),
                        LocalDate.of(2025, 8, 1),
                        LocalDate.of(2025, 8, 4)))
                .expectEvents(OUTCOME);
        fixture.given(ATTACHMENT, OUTCOME)
                .when(new NoteOutcome(
                        FAMILY,
                        COUNCIL,
                        "outcome-1",
                        HeadlineProblem.CRIME_ASB,
                        LocalDate.of(2025, 2, 1),
                        LocalDate.of(2025, 8, 1),
                        LocalDate.of(2025, 8, 4)))
                .expectNoEvents();
    }

    @Test
    void anEmploymentSpellsStartAndEndAreEachKeptOnce() {
        fixture.given(ATTACHMENT)
                .when(new NoteEmploymentStarted(FAMILY, COUNCIL, "job-1", 0, Benefit.JSA, LocalDate.of(2025, 2, 3)))
                .expectEvents(STARTED);
        fixture.given(ATTACHMENT, STARTED)
                .when(new NoteEmploymentStarted(FAMILY, COUNCIL, "job-1", 0, Benefit.JSA, LocalDate.of(2025, 2, 3)))
                .expectNoEvents();
        var ended = new EmploymentEndNoted(FAMILY, COUNCIL, "job-1", LocalDate.of(2025, 3, 1));
        fixture.given(ATTACHMENT, STARTED)
                .when(new NoteEmploymentEnded(FAMILY, COUNCIL, "job-1", LocalDate.of(2025, 3, 1)))
                .expectEvents(ended);
        fixture.given(ATTACHMENT, STARTED, ended)
                .when(new NoteEmploymentEnded(FAMILY, COUNCIL, "job-1", LocalDate.of(2025, 3, 1)))
                .expectNoEvents();
    }

    @Test
    void aDecisionAlreadyNotedIsNotNotedAgain() {
        fixture.given(ELIGIBLE)
                .when(new NoteEligibilityDecision(
                        FAMILY,
                        COUNCIL,
                        "decision-1",
                        Decision.ELIGIBLE,
                        List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH),
                        Instant.parse("2025-01-02T10:00:00Z")))
                .expectNoEvents();
    }

    @Test
    void aFamilyIsClaimedOnce() {
        fixture.given(ELIGIBLE, ATTACHMENT, STARTED)
                .when(new ClaimFamily(
                        FAMILY, "batch-1", ClaimRoute.CONTINUOUS_EMPLOYMENT, 80_000, LocalDate.of(2025, 9, 1)))
                .expectEvents(CLAIMED);
    }

    @Test
    void aSecondClaimIsRefusedEvenInAnotherBatch() {
        fixture.given(ELIGIBLE, ATTACHMENT, STARTED, CLAIMED)
                .when(new ClaimFamily(
                        FAMILY, "batch-2", ClaimRoute.CONTINUOUS_EMPLOYMENT, 80_000, LocalDate.of(2025, 10, 1)))
                .expectException(FamilyAlreadyClaimed.class)
                .expectNoEvents();
    }

    @Test
    void factsArrivingAfterTheClaimAreKeptButNeverMakeASecondClaim() {
        fixture.given(ELIGIBLE, ATTACHMENT, STARTED, CLAIMED)
                .when(new NoteOutcome(
                        FAMILY,
                        COUNCIL,
                        "outcome-2",
                        HeadlineProblem.HEALTH,
                        LocalDate.of(2025, 2, 1),
                        LocalDate.of(2025, 8, 1),
                        LocalDate.of(2025, 8, 4)))
                .expectEvents(new OutcomeNoted(
                        FAMILY,
                        COUNCIL,
                        "outcome-2",
                        HeadlineProblem.HEALTH,
                        LocalDate.of(2025, 2, 1),
                        LocalDate.of(2025, 8, 1),
                        LocalDate.of(2025, 8, 4)));
        fixture.given(ELIGIBLE, ATTACHMENT, STARTED, CLAIMED, OUTCOME)
                .when(new ClaimFamily(
                        FAMILY,
                        "batch-3",
                        ClaimRoute.SIGNIFICANT_AND_SUSTAINED_PROGRESS,
                        80_000,
                        LocalDate.of(2025, 11, 1)))
                .expectException(FamilyAlreadyClaimed.class);
    }
}
