package uk.earlyhelp.casework.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.casework.domain.caserecord.AssessmentRecorded;
import uk.earlyhelp.casework.domain.caserecord.CaseClosed;
import uk.earlyhelp.casework.domain.caserecord.CaseReopened;
import uk.earlyhelp.casework.domain.caserecord.CaseStage;
import uk.earlyhelp.casework.domain.caserecord.EmploymentEnded;
import uk.earlyhelp.casework.domain.caserecord.EmploymentStarted;
import uk.earlyhelp.casework.domain.caserecord.FamilyAttached;
import uk.earlyhelp.casework.domain.caserecord.GoalProgress;
import uk.earlyhelp.casework.domain.caserecord.GoalStatus;
import uk.earlyhelp.casework.domain.caserecord.LeadPractitionerAllocated;
import uk.earlyhelp.casework.domain.caserecord.OutcomeRecorded;
import uk.earlyhelp.casework.domain.caserecord.PlanAgreed;
import uk.earlyhelp.casework.domain.caserecord.PlanGoal;
import uk.earlyhelp.casework.domain.caserecord.PlanReviewed;
import uk.earlyhelp.casework.domain.caserecord.ReferralNoted;
import uk.earlyhelp.casework.domain.caserecord.SteppedDown;
import uk.earlyhelp.casework.domain.caserecord.SteppedUp;
import uk.earlyhelp.contracts.AssessmentRecordedV1;
import uk.earlyhelp.contracts.Benefit;
import uk.earlyhelp.contracts.CaseClosedV1;
import uk.earlyhelp.contracts.CaseReopenedV1;
import uk.earlyhelp.contracts.ClosureReason;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.EmploymentEndedV1;
import uk.earlyhelp.contracts.EmploymentStartedV1;
import uk.earlyhelp.contracts.FamilyAttachedV1;
import uk.earlyhelp.contracts.FamilyStarDomain;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.contracts.OutcomeRecordedV1;
import uk.earlyhelp.contracts.PlanAgreedV1;
import uk.earlyhelp.contracts.PlanReviewedV1;
import uk.earlyhelp.contracts.SteppedDownV1;
import uk.earlyhelp.contracts.SteppedUpV1;

class CaseworkEventMapperTest {

    static final String F = "family-1";
    static final String C = "E10000018";
    static final String WHO = "jo.bloggs@council";
    static final LocalDate ON = LocalDate.parse("2026-11-25");

    private final CaseworkEventMapper mapper = new CaseworkEventMapper();

    private Optional<IntegrationEvent> map(Object event) {
        return mapper.toIntegrationEvent(event);
    }

    @Test
    void eachCaseEventBecomesItsIntegrationEventWithoutNarrativeOrActor() {
        var problems = List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH);
        assertEquals(
                new FamilyAttachedV1(F, C, ON, "worker-17", problems, "d-1", Decision.ELIGIBLE),
                map(new FamilyAttached(F, C, ON, "worker-17", problems, "d-1", Decision.ELIGIBLE, WHO))
                        .orElseThrow());
        var readings = Map.of(FamilyStarDomain.SOCIAL_NETWORKS, 4);
        assertEquals(
                new AssessmentRecordedV1(F, C, "a-1", ON, readings),
                map(new AssessmentRecorded(F, C, "a-1", ON, readings, WHO)).orElseThrow());
        assertEquals(
                new PlanAgreedV1(F, C, ON, List.of(new PlanAgreedV1.Goal("g-1", HeadlineProblem.HEALTH))),
                map(new PlanAgreed(F, C, ON, List.of(new PlanGoal("g-1", HeadlineProblem.HEALTH, "See the GP")), WHO))
                        .orElseThrow());
        assertEquals(
                new PlanReviewedV1(F, C, ON, List.of(new PlanReviewedV1.GoalProgress("g-1", "ACHIEVED"))),
                map(new PlanReviewed(F, C, ON, List.of(new GoalProgress("g-1", GoalStatus.ACHIEVED)), WHO))
                        .orElseThrow());
        assertEquals(
                new OutcomeRecordedV1(F, C, "o-1", HeadlineProblem.HEALTH, ON, ON.plusDays(90), ON.plusDays(91)),
                map(new OutcomeRecorded(
                                F,
                                C,
                                "o-1",
                                HeadlineProblem.HEALTH,
                                true,
                                ON,
                                ON.plusDays(90),
                                "GP letter",
                                ON.plusDays(91),
                                WHO))
                        .orElseThrow());
        assertEquals(
                new EmploymentStartedV1(F, C, "e-1", 2, Benefit.ESA, ON),
                map(new EmploymentStarted(F, C, "e-1", 2, Benefit.ESA, ON, WHO)).orElseThrow());
        assertEquals(
                new EmploymentEndedV1(F, C, "e-1", ON),
                map(new EmploymentEnded(F, C, "e-1", ON, WHO)).orElseThrow());
        assertEquals(
                new SteppedUpV1(F, C, ON), map(new SteppedUp(F, C, ON, WHO)).orElseThrow());
        assertEquals(
                new SteppedDownV1(F, C, ON),
                map(new SteppedDown(F, C, ON, CaseStage.ATTACHED, WHO)).orElseThrow());
        assertEquals(
                new CaseClosedV1(F, C, ON, ClosureReason.MOVED_AWAY),
                map(new CaseClosed(F, C, ON, ClosureReason.MOVED_AWAY, WHO)).orElseThrow());
        assertEquals(
                new CaseReopenedV1(F, C, ON),
                map(new CaseReopened(F, C, ON, CaseStage.ATTACHED, WHO)).orElseThrow());
    }

    @Test
    void notedReferralsDecisionsAndAllocationsAreNotRepublished() {
        assertTrue(map(new LeadPractitionerAllocated(F, C, "worker-9", WHO)).isEmpty());
        assertTrue(map(new ReferralNoted(F, C, "r-1", "police", List.of(), false, Instant.now()))
                .isEmpty());
    }
}
