package uk.earlyhelp.casework.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import uk.earlyhelp.casework.domain.caserecord.AssessmentRecorded;
import uk.earlyhelp.casework.domain.caserecord.CaseClosed;
import uk.earlyhelp.casework.domain.caserecord.CaseReopened;
import uk.earlyhelp.casework.domain.caserecord.EmploymentEnded;
import uk.earlyhelp.casework.domain.caserecord.EmploymentStarted;
import uk.earlyhelp.casework.domain.caserecord.FamilyAttached;
import uk.earlyhelp.casework.domain.caserecord.OutcomeRecorded;
import uk.earlyhelp.casework.domain.caserecord.OutcomeRetracted;
import uk.earlyhelp.casework.domain.caserecord.PlanAgreed;
import uk.earlyhelp.casework.domain.caserecord.PlanReviewed;
import uk.earlyhelp.casework.domain.caserecord.SteppedDown;
import uk.earlyhelp.casework.domain.caserecord.SteppedUp;
import uk.earlyhelp.contracts.AssessmentRecordedV1;
import uk.earlyhelp.contracts.CaseClosedV1;
import uk.earlyhelp.contracts.CaseReopenedV1;
import uk.earlyhelp.contracts.EmploymentEndedV1;
import uk.earlyhelp.contracts.EmploymentStartedV1;
import uk.earlyhelp.contracts.FamilyAttachedV1;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.contracts.OutcomeRecordedV1;
import uk.earlyhelp.contracts.OutcomeRetractedV1;
import uk.earlyhelp.contracts.PlanAgreedV1;
import uk.earlyhelp.contracts.PlanReviewedV1;
import uk.earlyhelp.contracts.SteppedDownV1;
import uk.earlyhelp.contracts.SteppedUpV1;
import uk.earlyhelp.platform.messaging.IntegrationEventMapper;

/**
 * Publishes the case's events on {@code earlyhelp.casework.v1}: ids, codes and dates only. The goals'
 * wording, the outcomes' evidence and who did what stay in casework; referrals and decisions noted from
 * other services and lead-practitioner changes are not republished.
 */
@ApplicationScoped
public class CaseworkEventMapper implements IntegrationEventMapper {

    @Override
    public Optional<IntegrationEvent> toIntegrationEvent(Object internalEvent) {
        IntegrationEvent published =
                switch (internalEvent) {
                    case FamilyAttached e ->
                        new FamilyAttachedV1(
                                e.familyId(),
                                e.council(),
                                e.attachedOn(),
                                e.leadPractitioner(),
                                e.problemsAtAttachment(),
                                e.eligibilityDecisionId(),
                                e.decisionAtAttachment());
                    case AssessmentRecorded e ->
                        new AssessmentRecordedV1(
                                e.familyId(), e.council(), e.assessmentId(), e.assessedOn(), e.readings());
                    case PlanAgreed e ->
                        new PlanAgreedV1(
                                e.familyId(),
                                e.council(),
                                e.agreedOn(),
                                e.goals().stream()
                                        .map(goal -> new PlanAgreedV1.Goal(goal.goalId(), goal.problem()))
                                        .toList());
                    case PlanReviewed e ->
                        new PlanReviewedV1(
                                e.familyId(),
                                e.council(),
                                e.reviewedOn(),
                                e.progress().stream()
                                        .map(p -> new PlanReviewedV1.GoalProgress(
                                                p.goalId(), p.status().name()))
                                        .toList());
                    case OutcomeRecorded e ->
                        new OutcomeRecordedV1(
                                e.familyId(),
                                e.council(),
                                e.outcomeId(),
                                e.problem(),
                                e.sustainedFrom(),
                                e.sustainedTo(),
                                e.recordedOn());
                    case OutcomeRetracted e ->
                        new OutcomeRetractedV1(
                                e.familyId(), e.council(), e.outcomeId(), e.problem(), e.reason(), e.retractedOn());
                    case EmploymentStarted e ->
                        new EmploymentStartedV1(
                                e.familyId(),
                                e.council(),
                                e.employmentId(),
                                e.memberIndex(),
                                e.benefitBefore(),
                                e.startedOn());
                    case EmploymentEnded e ->
                        new EmploymentEndedV1(e.familyId(), e.council(), e.employmentId(), e.endedOn());
                    case SteppedUp e -> new SteppedUpV1(e.familyId(), e.council(), e.steppedUpOn());
                    case SteppedDown e -> new SteppedDownV1(e.familyId(), e.council(), e.steppedDownOn());
                    case CaseClosed e -> new CaseClosedV1(e.familyId(), e.council(), e.closedOn(), e.reason());
                    case CaseReopened e -> new CaseReopenedV1(e.familyId(), e.council(), e.reopenedOn());
                    default -> null;
                };
        return Optional.ofNullable(published);
    }
}
