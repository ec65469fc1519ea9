package uk.earlyhelp.casework.domain.caserecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.Benefit;
import uk.earlyhelp.contracts.ClosureReason;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.FamilyStarDomain;
import uk.earlyhelp.contracts.HeadlineProblem;

/** The caseworker's commands on the Case aggregate and every business rule they are checked against. */
class CaseRulesTest {

    static final String FAMILY = "family-1";
    static final String COUNCIL = "E10000018";
    static final String ACTOR = "worker-17";
    static final Instant WHEN = Instant.parse("2026-11-23T10:00:00Z");
    static final LocalDate ON = LocalDate.parse("2026-11-25");
    static final LocalDate TODAY = LocalDate.parse("2027-08-01");
    static final List<HeadlineProblem> PROBLEMS = List.of(HeadlineProblem.SCHOOL_ATTENDANCE, HeadlineProblem.CRIME_ASB);
    static final List<HeadlineProblem> FROZEN = List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.SCHOOL_ATTENDANCE);

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    static ReferralNoted referral() {
        return new ReferralNoted(FAMILY, COUNCIL, "r-1", "police", PROBLEMS, false, WHEN);
    }

    static EligibilityNoted decided(String id, Decision decision, List<HeadlineProblem> problems) {
        return new EligibilityNoted(
                FAMILY, COUNCIL, id, decision, problems, "v1", "reason", WHEN, Case.stageAfter(decision));
    }

    static FamilyAttached attached() {
        return new FamilyAttached(FAMILY, COUNCIL, ON, "worker-17", FROZEN, "d-1", Decision.ELIGIBLE, ACTOR);
    }

    static CaseClosed closed() {
        return new CaseClosed(FAMILY, COUNCIL, ON, ClosureReason.DISENGAGED, ACTOR);
    }

    /** The command is refused with no event, as {@code kind}, naming {@code field} (or no field). */
    private static void violates(ResultValidator<Case> result, CaseRuleViolation.Kind kind, String field) {
        result.expectNoEvents().expectException(new CustomTypeSafeMatcher<Throwable>("a " + kind + " on " + field) {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof CaseRuleViolation violation
                        && violation.kind() == kind
                        && Objects.equals(violation.field(), field)
                        && violation.getMessage() != null;
            }
        });
    }

    // Allocation

    @Test
    void aLeadPractitionerIsAllocated() {
        fixture.given(referral())
                .when(new AllocateLeadPractitioner(FAMILY, "worker-9", ACTOR))
                .expectEvents(new LeadPractitionerAllocated(FAMILY, COUNCIL, "worker-9", ACTOR));
    }

    @Test
    void noCommandOnAnUnknownFamily() {
        fixture.givenNoPriorActivity()
                .when(new AllocateLeadPractitioner(FAMILY, "worker-9", ACTOR))
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }

    // Attachment

    @Test
    void anEligibleFamilyIsAttachedWithTheProblemsOfTheDecisionInForceFrozen() {
        fixture.given(
                        referral(),
                        decided("d-0", Decision.NOT_ELIGIBLE, List.of(HeadlineProblem.HEALTH)),
                        decided("d-1", Decision.ELIGIBLE, PROBLEMS))
                .when(new AttachFamily(FAMILY, ON, "worker-17", TODAY, ACTOR))
                .expectEvents(attached());
    }

    @Test
    void aFamilyWhoseLatestDecisionIsNotEligibleCannotBeAttached() {
        violates(
                fixture.given(
                                referral(),
                                decided("d-1", Decision.ELIGIBLE, PROBLEMS),
                                decided("d-2", Decision.NOT_ELIGIBLE, List.of(HeadlineProblem.CRIME_ASB)))
                        .when(new AttachFamily(FAMILY, ON, "worker-17", TODAY, ACTOR)),
                CaseRuleViolation.Kind.CONFLICT,
                "attachedOn");
        violates(
                fixture.given(referral()).when(new AttachFamily(FAMILY, ON, "worker-17", TODAY, ACTOR)),
                CaseRuleViolation.Kind.CONFLICT,
                "attachedOn");
        violates(
                fixture.given(referral(), decided("d-1", Decision.ESCALATE_TO_SOCIAL_CARE, PROBLEMS))
                        .when(new AttachFamily(FAMILY, ON, "worker-17", TODAY, ACTOR)),
                CaseRuleViolation.Kind.CONFLICT,
                "attachedOn");
    }

    @Test
    void aFamilyIsAttachedOnlyOnce() {
        violates(
                fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached())
                        .when(new AttachFamily(FAMILY, ON, "worker-17", TODAY, ACTOR)),
                CaseRuleViolation.Kind.CONFLICT,
                "attachedOn");
    }

    @Test
    void aLaterDecisionIsNotedButDoesNotMoveAnAttachedCasesStage() {
        fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached())
                .when(new NoteEligibilityDecision(
                        FAMILY, COUNCIL, "d-2", Decision.NOT_ELIGIBLE, List.of(), "v1", "reason", WHEN))
                .expectEvents(new EligibilityNoted(
                        FAMILY,
                        COUNCIL,
                        "d-2",
                        Decision.NOT_ELIGIBLE,
                        List.of(),
                        "v1",
                        "reason",
                        WHEN,
                        CaseStage.ATTACHED));
    }

    // Assessment

    @Test
    void anAssessmentRecordsItsReadings() {
        var readings = Map.of(FamilyStarDomain.HOME_AND_MONEY, 3, FamilyStarDomain.PROGRESS_TO_WORK, 10);
        fixture.given(referral())
                .when(new RecordAssessment(FAMILY, "a-1", ON, readings, ACTOR))
                .expectEvents(new AssessmentRecorded(FAMILY, COUNCIL, "a-1", ON, readings, ACTOR));
    }

    @Test
    void aReadingOutsideOneToTenIsRefused() {
        violates(
                fixture.given(referral())
                        .when(new RecordAssessment(
                                FAMILY, "a-1", ON, Map.of(FamilyStarDomain.HOME_AND_MONEY, 11), ACTOR)),
                CaseRuleViolation.Kind.UNPROCESSABLE,
                "readings.HOME_AND_MONEY");
        violates(
                fixture.given(referral())
                        .when(new RecordAssessment(
                                FAMILY, "a-1", ON, Map.of(FamilyStarDomain.FAMILY_ROUTINES, 0), ACTOR)),
                CaseRuleViolation.Kind.UNPROCESSABLE,
                "readings.FAMILY_ROUTINES");
    }

    // Plan and reviews

    static final PlanGoal GOAL = new PlanGoal("g-1", HeadlineProblem.SCHOOL_ATTENDANCE, "Attend 95% of days");

    @Test
    void aPlanIsAgreedAndReviewedPerGoal() {
        fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached())
                .when(new AgreePlan(FAMILY, ON, List.of(GOAL), ACTOR))
                .expectEvents(new PlanAgreed(FAMILY, COUNCIL, ON, List.of(GOAL), ACTOR));
        var progress = List.of(new GoalProgress("g-1", GoalStatus.IN_PROGRESS));
        fixture.given(
                        referral(),
                        decided("d-1", Decision.ELIGIBLE, PROBLEMS),
                        attached(),
                        new PlanAgreed(FAMILY, COUNCIL, ON, List.of(GOAL), ACTOR))
                .when(new ReviewPlan(FAMILY, ON.plusMonths(1), progress, ACTOR))
                .expectEvents(new PlanReviewed(FAMILY, COUNCIL, ON.plusMonths(1), progress, ACTOR));
    }

    @Test
    void aPlanNeedsAGoal() {
        violates(
                fixture.given(referral()).when(new AgreePlan(FAMILY, ON, List.of(), ACTOR)),
                CaseRuleViolation.Kind.UNPROCESSABLE,
                "goals");
    }

    @Test
    void noReviewWithoutAPlanAndOnlyOfTheCurrentPlansGoals() {
        var progress = List.of(new GoalProgress("g-1", GoalStatus.ACHIEVED));
        violates(
                fixture.given(referral()).when(new ReviewPlan(FAMILY, ON, progress, ACTOR)),
                CaseRuleViolation.Kind.CONFLICT,
                "plan");
        var replaced = new PlanGoal("g-2", HeadlineProblem.CRIME_ASB, "No incidents");
        violates(
                fixture.given(
                                referral(),
                                new PlanAgreed(FAMILY, COUNCIL, ON, List.of(GOAL), ACTOR),
                                new PlanAgreed(FAMILY, COUNCIL, ON, List.of(replaced), ACTOR))
                        .when(new ReviewPlan(FAMILY, ON, progress, ACTOR)),
                CaseRuleViolation.Kind.UNPROCESSABLE,
                "progress[0].goalId");
    }

    // Outcomes

    private RecordOutcome outcome(HeadlineProblem problem, boolean additional, LocalDate from, LocalDate to) {
        return new RecordOutcome(FAMILY, "o-1", problem, additional, from, to, "attendance 91%", TODAY, ACTOR);
    }

    @Test
    void anOutcomeForAProblemAtAttachmentIsRecorded() {
        fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached())
                .when(outcome(HeadlineProblem.SCHOOL_ATTENDANCE, false, ON, TODAY))
                .expectEvents(new OutcomeRecorded(
                        FAMILY,
                        COUNCIL,
                        "o-1",
                        HeadlineProblem.SCHOOL_ATTENDANCE,
                        false,
                        ON,
                        TODAY,
                        "attendance 91%",
                        TODAY,
                        ACTOR));
    }

    // Retraction

    static OutcomeRecorded recorded(String outcomeId) {
        return new OutcomeRecorded(
                FAMILY, COUNCIL, outcomeId, HeadlineProblem.CRIME_ASB, false, ON, TODAY, "e", TODAY, ACTOR);
    }

    @Test
    void anOutcomeRecordedByMistakeIsRetractedWithItsReasonEvenOnAClosedCase() {
        var retracted =
                new OutcomeRetracted(FAMILY, COUNCIL, "o-1", HeadlineProblem.CRIME_ASB, "wrong family", TODAY, ACTOR);
        fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached(), recorded("o-1"))
                .when(new RetractOutcome(FAMILY, "o-1", "wrong family", TODAY, ACTOR))
                .expectEvents(retracted);
        fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached(), recorded("o-1"), closed())
                .when(new RetractOutcome(FAMILY, "o-1", "wrong family", TODAY, ACTOR))
                .expectEvents(retracted);
    }

    @Test
    void onlyAStandingOutcomeOfThisCaseIsRetracted() {
        violates(
                fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached(), recorded("o-1"))
                        .when(new RetractOutcome(FAMILY, "o-9", "typo", TODAY, ACTOR)),
                CaseRuleViolation.Kind.NOT_FOUND,
                "outcomeId");
        violates(
                fixture.given(
                                referral(),
                                decided("d-1", Decision.ELIGIBLE, PROBLEMS),
                                attached(),
                                recorded("o-1"),
                                new OutcomeRetracted(
                                        FAMILY, COUNCIL, "o-1", HeadlineProblem.CRIME_ASB, "typo", TODAY, ACTOR))
                        .when(new RetractOutcome(FAMILY, "o-1", "typo again", TODAY, ACTOR)),
                CaseRuleViolation.Kind.CONFLICT,
                "outcomeId");
    }

    /** Progress is measured from attachment (on 2026-11-25 here): a sustained period starts on or after it. */
    @org.junit.jupiter.params.ParameterizedTest(name = "sustained from {0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource({"2026-11-24, false", "2026-11-25, true", "2026-11-26, true"})
    void anOutcomesSustainedPeriodStartsOnOrAfterAttachment(LocalDate from, boolean accepted) {
        var result = fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached())
                .when(outcome(HeadlineProblem.CRIME_ASB, false, from, TODAY));
        if (accepted) {
            result.expectSuccessfulHandlerExecution();
        } else {
            violates(result, CaseRuleViolation.Kind.UNPROCESSABLE, "sustainedFrom");
        }
    }

    @Test
    void noOutcomeBeforeAttachment() {
        violates(
                fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS))
                        .when(outcome(HeadlineProblem.SCHOOL_ATTENDANCE, false, ON, TODAY)),
                CaseRuleViolation.Kind.CONFLICT,
                "problem");
    }

    @Test
    void noOutcomeForAProblemNotAtAttachmentUnlessStatedAsAdditional() {
        violates(
                fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached())
                        .when(outcome(HeadlineProblem.HEALTH, false, ON, TODAY)),
                CaseRuleViolation.Kind.UNPROCESSABLE,
                "problem");
        fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached())
                .when(outcome(HeadlineProblem.HEALTH, true, ON, TODAY))
                .expectEvents(new OutcomeRecorded(
                        FAMILY,
                        COUNCIL,
                        "o-1",
                        HeadlineProblem.HEALTH,
                        true,
                        ON,
                        TODAY,
                        "attendance 91%",
                        TODAY,
                        ACTOR));
    }

    @Test
    void theSustainedPeriodMustEndAfterItStartsAndNotInTheFuture() {
        violates(
                fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached())
                        .when(outcome(HeadlineProblem.CRIME_ASB, false, ON, ON)),
                CaseRuleViolation.Kind.UNPROCESSABLE,
                "sustainedTo");
        violates(
                fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached())
                        .when(outcome(HeadlineProblem.CRIME_ASB, false, ON, ON.minusDays(1))),
                CaseRuleViolation.Kind.UNPROCESSABLE,
                "sustainedTo");
        violates(
                fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached())
                        .when(outcome(HeadlineProblem.CRIME_ASB, false, ON, TODAY.plusDays(1))),
                CaseRuleViolation.Kind.UNPROCESSABLE,
                "sustainedTo");
    }

    // Employment

    @Test
    void employmentIsStartedAndLaterEnded() {
        fixture.given(referral())
                .when(new StartEmployment(FAMILY, "e-1", 0, Benefit.JSA, ON, null, ACTOR))
                .expectEvents(new EmploymentStarted(FAMILY, COUNCIL, "e-1", 0, Benefit.JSA, ON, ACTOR));
        fixture.given(referral(), new EmploymentStarted(FAMILY, COUNCIL, "e-1", 0, Benefit.JSA, ON, ACTOR))
                .when(new EndEmployment(FAMILY, "e-1", ON.plusWeeks(10), ACTOR))
                .expectEvents(new EmploymentEnded(FAMILY, COUNCIL, "e-1", ON.plusWeeks(10), ACTOR));
    }

    @Test
    void anEmploymentAlreadyEndedIsRecordedWithBothEvents() {
        fixture.given(referral())
                .when(new StartEmployment(FAMILY, "e-1", 1, Benefit.UC, ON, ON.plusDays(30), ACTOR))
                .expectEvents(
                        new EmploymentStarted(FAMILY, COUNCIL, "e-1", 1, Benefit.UC, ON, ACTOR),
                        new EmploymentEnded(FAMILY, COUNCIL, "e-1", ON.plusDays(30), ACTOR));
    }

    @Test
    void employmentCannotEndBeforeItStartsNorTwiceNorUnknown() {
        violates(
                fixture.given(referral())
                        .when(new StartEmployment(FAMILY, "e-1", 0, Benefit.JSA, ON, ON.minusDays(1), ACTOR)),
                CaseRuleViolation.Kind.UNPROCESSABLE,
                "endedOn");
        violates(
                fixture.given(referral(), new EmploymentStarted(FAMILY, COUNCIL, "e-1", 0, Benefit.JSA, ON, ACTOR))
                        .when(new EndEmployment(FAMILY, "e-1", ON.minusDays(1), ACTOR)),
                CaseRuleViolation.Kind.UNPROCESSABLE,
                "endedOn");
        violates(
                fixture.given(
                                referral(),
                                new EmploymentStarted(FAMILY, COUNCIL, "e-1", 0, Benefit.JSA, ON, ACTOR),
                                new EmploymentEnded(FAMILY, COUNCIL, "e-1", ON.plusDays(3), ACTOR))
                        .when(new EndEmployment(FAMILY, "e-1", ON.plusDays(4), ACTOR)),
                CaseRuleViolation.Kind.CONFLICT,
                "employmentId");
        violates(
                fixture.given(referral()).when(new EndEmployment(FAMILY, "e-9", ON, ACTOR)),
                CaseRuleViolation.Kind.NOT_FOUND,
                "employmentId");
        violates(
                fixture.given(referral()).when(new StartEmployment(FAMILY, "e-1", -1, Benefit.JSA, ON, null, ACTOR)),
                CaseRuleViolation.Kind.UNPROCESSABLE,
                "memberIndex");
    }

    // Step-up and step-down

    @Test
    void anAttachedCaseIsSteppedUpAndDownBackToAttached() {
        fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached())
                .when(new StepUp(FAMILY, ON, ACTOR))
                .expectEvents(new SteppedUp(FAMILY, COUNCIL, ON, ACTOR));
        fixture.given(
                        referral(),
                        decided("d-1", Decision.ELIGIBLE, PROBLEMS),
                        attached(),
                        new SteppedUp(FAMILY, COUNCIL, ON, ACTOR))
                .when(new StepDown(FAMILY, ON.plusDays(9), ACTOR))
                .expectEvents(new SteppedDown(FAMILY, COUNCIL, ON.plusDays(9), CaseStage.ATTACHED, ACTOR));
    }

    @Test
    void anEscalatedFamilyIsSteppedDownToEarlyHelp() {
        fixture.given(referral(), decided("d-1", Decision.ESCALATE_TO_SOCIAL_CARE, PROBLEMS))
                .when(new StepDown(FAMILY, ON, ACTOR))
                .expectEvents(new SteppedDown(FAMILY, COUNCIL, ON, CaseStage.STEPPED_DOWN, ACTOR));
    }

    @Test
    void noStepUpTwiceNorStepDownOfACaseNotWithSocialCare() {
        violates(
                fixture.given(referral(), new SteppedUp(FAMILY, COUNCIL, ON, ACTOR))
                        .when(new StepUp(FAMILY, ON, ACTOR)),
                CaseRuleViolation.Kind.CONFLICT,
                "steppedUpOn");
        violates(
                fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached())
                        .when(new StepDown(FAMILY, ON, ACTOR)),
                CaseRuleViolation.Kind.CONFLICT,
                "steppedDownOn");
    }

    // Closure and reopening

    @Test
    void aCaseIsClosedWithAReasonAndReopenedToItsStageBefore() {
        fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached())
                .when(new CloseCase(FAMILY, ON, ClosureReason.DISENGAGED, TODAY, ACTOR))
                .expectEvents(closed());
        fixture.given(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached(), closed())
                .when(new ReopenCase(FAMILY, ON.plusDays(1), TODAY, ACTOR))
                .expectEvents(new CaseReopened(FAMILY, COUNCIL, ON.plusDays(1), CaseStage.ATTACHED, ACTOR));
    }

    /** Closure and reopening dates: never in the future, never before attachment, reopening never before closure. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} on {1}: {2}")
    @org.junit.jupiter.params.provider.CsvSource({
        // command, date,    accepted (attached on 2026-11-25, closed on 2026-11-25 for reopening, today 2027-08-01)
        "close,  2026-11-25, true", //  the day of attachment
        "close,  2027-08-01, true", //  today
        "close,  2026-11-24, false", // before attachment
        "close,  2027-08-02, false", // tomorrow
        "reopen, 2026-11-25, true", //  the day it closed
        "reopen, 2027-08-01, true", //  today
        "reopen, 2027-08-02, false", // tomorrow
        "reopen, 2026-11-24, false", // before attachment (and closure)
    })
    void closureAndReopeningDatesAreChecked(String command, LocalDate date, boolean accepted) {
        boolean close = command.equals("close");
        List<Object> history =
                new java.util.ArrayList<>(List.of(referral(), decided("d-1", Decision.ELIGIBLE, PROBLEMS), attached()));
        if (!close) {
            history.add(closed());
        }
        Object when = close
                ? new CloseCase(FAMILY, date, ClosureReason.OUTCOMES_MET, TODAY, ACTOR)
                : new ReopenCase(FAMILY, date, TODAY, ACTOR);
        ResultValidator<Case> result = fixture.given(history).when(when);
        if (accepted) {
            result.expectSuccessfulHandlerExecution();
        } else {
            violates(result, CaseRuleViolation.Kind.UNPROCESSABLE, "date");
        }
    }

    @Test
    void aCaseClosedBeforeAttachmentWasUnknownIsStillBoundedByToday() {
        violates(
                fixture.given(referral())
                        .when(new CloseCase(FAMILY, TODAY.plusDays(1), ClosureReason.MOVED_AWAY, TODAY, ACTOR)),
                CaseRuleViolation.Kind.UNPROCESSABLE,
                "date");
        fixture.given(referral())
                .when(new CloseCase(FAMILY, ON, ClosureReason.MOVED_AWAY, TODAY, ACTOR))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCaseIsNotReopenedBeforeItClosed() {
        violates(
                fixture.given(referral(), new CaseClosed(FAMILY, COUNCIL, ON.plusDays(30), ClosureReason.OTHER, ACTOR))
                        .when(new ReopenCase(FAMILY, ON.plusDays(29), TODAY, ACTOR)),
                CaseRuleViolation.Kind.UNPROCESSABLE,
                "date");
    }

    @Test
    void onlyAClosedCaseIsReopened() {
        violates(
                fixture.given(referral()).when(new ReopenCase(FAMILY, ON, TODAY, ACTOR)),
                CaseRuleViolation.Kind.CONFLICT,
                "reopenedOn");
    }

    @Test
    void noCommandButReopenOnAClosedCase() {
        List<Object> refused = List.of(
                new AllocateLeadPractitioner(FAMILY, "w", ACTOR),
                new AttachFamily(FAMILY, ON, "w", TODAY, ACTOR),
                new RecordAssessment(FAMILY, "a-1", ON, Map.of(FamilyStarDomain.HOME_AND_MONEY, 5), ACTOR),
                new AgreePlan(FAMILY, ON, List.of(GOAL), ACTOR),
                new ReviewPlan(FAMILY, ON, List.of(new GoalProgress("g-1", GoalStatus.ACHIEVED)), ACTOR),
                outcome(HeadlineProblem.CRIME_ASB, false, ON, TODAY),
                new StartEmployment(FAMILY, "e-2", 0, Benefit.ESA, ON, null, ACTOR),
                new EndEmployment(FAMILY, "e-1", ON, ACTOR),
                new StepUp(FAMILY, ON, ACTOR),
                new StepDown(FAMILY, ON, ACTOR),
                new CloseCase(FAMILY, ON, ClosureReason.OTHER, TODAY, ACTOR));
        for (Object command : refused) {
            violates(
                    fixture.given(
                                    referral(),
                                    decided("d-1", Decision.ELIGIBLE, PROBLEMS),
                                    new PlanAgreed(FAMILY, COUNCIL, ON, List.of(GOAL), ACTOR),
                                    new EmploymentStarted(FAMILY, COUNCIL, "e-1", 0, Benefit.JSA, ON, ACTOR),
                                    closed())
                            .when(command),
                    CaseRuleViolation.Kind.CONFLICT,
                    null);
        }
    }

    @Test
    void aDecisionFromKafkaIsStillNotedOnAClosedCase() {
        fixture.given(referral(), closed())
                .when(new NoteEligibilityDecision(
                        FAMILY, COUNCIL, "d-5", Decision.ELIGIBLE, PROBLEMS, "v1", "reason", WHEN))
                .expectEvents(new EligibilityNoted(
                        FAMILY, COUNCIL, "d-5", Decision.ELIGIBLE, PROBLEMS, "v1", "reason", WHEN, CaseStage.CLOSED));
    }

    @Test
    void aReopenedCaseTakesCommandsAgain() {
        fixture.given(
                        referral(),
                        decided("d-1", Decision.ELIGIBLE, PROBLEMS),
                        attached(),
                        closed(),
                        new CaseReopened(FAMILY, COUNCIL, ON, CaseStage.ATTACHED, ACTOR))
                .when(outcome(HeadlineProblem.CRIME_ASB, false, ON, TODAY))
                .expectSuccessfulHandlerExecution();
    }
}
