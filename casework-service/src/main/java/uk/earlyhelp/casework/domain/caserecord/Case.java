package uk.earlyhelp.casework.domain.caserecord;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import uk.earlyhelp.casework.domain.familystar.FamilyStarReadings;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

/**
 * A family's Early Help case: one per family, from its first referral on. Referrals and eligibility
 * decisions arrive from Kafka and are always noted; the caseworker's commands are checked against the
 * programme's rules (attachment gate, frozen problems, outcomes, closure).
 */
public class Case {

    @AggregateIdentifier
    private String familyId;

    private String council;
    private CaseStage stage = CaseStage.REFERRED;
    private CaseStage stageBeforeClosure;
    private final Set<String> notedReferrals = new HashSet<>();
    private final Set<String> notedDecisions = new HashSet<>();
    private final Set<String> notedTriages = new HashSet<>();
    private final Set<String> notedMerges = new HashSet<>();

    private Instant firstReferral;
    private final List<AttachmentDate.DatedDecision> decisions = new ArrayList<>();

    private boolean attached;
    private LocalDate attachedOn;
    private LocalDate closedOn;
    private boolean personalDataErased;
    private final Set<HeadlineProblem> problemsAtAttachment = EnumSet.noneOf(HeadlineProblem.class);
    private final Map<String, HeadlineProblem> currentGoals = new LinkedHashMap<>();
    private final Map<String, HeadlineProblem> standingOutcomes = new HashMap<>();
    private final Set<String> retractedOutcomes = new HashSet<>();
    private final Map<String, LocalDate> openEmployment = new HashMap<>();
    private final Set<String> endedEmployment = new HashSet<>();

    protected Case() {
        // For Axon.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NoteReferral command) {
        if (notedReferrals.contains(command.referralId())) {
            return;
        }
        apply(new ReferralNoted(
                command.familyId(),
                command.council(),
                command.referralId(),
                command.agency(),
                command.problems(),
                command.safeguardingConcern(),
                command.receivedAt()));
    }

    /** Always noted, whatever the case's state: it comes from Kafka and must never be refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NoteEligibilityDecision command) {
        if (notedDecisions.contains(command.decisionId())) {
            return;
        }
        apply(new EligibilityNoted(
                command.familyId(),
                command.council(),
                command.decisionId(),
                command.decision(),
                command.problemsCounted(),
                command.ruleVersion(),
                command.reason(),
                command.decidedAt(),
                decisionMovesStage() ? stageAfter(command.decision()) : stage));
    }

    /** Always noted, like a decision: it comes from Kafka. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NoteTriage command) {
        if (notedTriages.contains(command.triageId())) {
            return;
        }
        apply(new TriageNoted(
                command.familyId(),
                command.council(),
                command.triageId(),
                command.outcome(),
                command.team(),
                command.signpostedTo(),
                command.triagedBy(),
                command.triagedAt(),
                decisions.isEmpty() ? List.of() : decisions.getLast().problems()));
    }

    /** Always noted, once per merged family: it comes from Kafka. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NoteMerge command) {
        if (notedMerges.contains(command.mergedFamilyId())) {
            return;
        }
        apply(new MergeNoted(
                command.familyId(),
                command.council(),
                command.mergedFamilyId(),
                command.intoFamilyId(),
                command.mergedAt()));
    }

    /** Once a family is attached, stepped or closed, a later decision goes on its history but not its stage. */
    private boolean decisionMovesStage() {
        return !attached
                && EnumSet.of(
                                CaseStage.REFERRED,
                                CaseStage.ELIGIBLE,
                                CaseStage.NOT_ELIGIBLE,
                                CaseStage.ESCALATED_TO_SOCIAL_CARE)
                        .contains(stage);
    }

    static CaseStage stageAfter(Decision decision) {
        return switch (decision) {
            case ELIGIBLE -> CaseStage.ELIGIBLE;
            case NOT_ELIGIBLE -> CaseStage.NOT_ELIGIBLE;
            case ESCALATE_TO_SOCIAL_CARE -> CaseStage.ESCALATED_TO_SOCIAL_CARE;
        };
    }

    @CommandHandler
    void handle(AllocateLeadPractitioner command) {
        requireOpen();
        apply(new LeadPractitionerAllocated(familyId, council, command.leadPractitioner(), command.actor()));
    }

    @CommandHandler
    void handle(AttachFamily command) {
        requireOpen();
        if (attached) {
            throw CaseRuleViolation.conflict("attachedOn", "The family is already attached to the programme.");
        }
        AttachmentDate.DatedDecision inForce =
                AttachmentDate.decisionInForce(command.attachedOn(), command.today(), firstReferral, decisions);
        apply(new FamilyAttached(
                familyId,
                council,
                command.attachedOn(),
                command.leadPractitioner(),
                inForce.problems().stream().sorted().toList(),
                inForce.decisionId(),
                inForce.decision(),
                command.actor()));
    }

    @CommandHandler
    void handle(RecordAssessment command) {
        requireOpen();
        FamilyStarReadings.check(command.readings());
        apply(new AssessmentRecorded(
                familyId, council, command.assessmentId(), command.assessedOn(), command.readings(), command.actor()));
    }

    @CommandHandler
    void handle(AgreePlan command) {
        requireOpen();
        if (command.goals().isEmpty()) {
            throw CaseRuleViolation.unprocessable("goals", "A plan needs at least one goal.");
        }
        apply(new PlanAgreed(familyId, council, command.agreedOn(), command.goals(), command.actor()));
    }

    @CommandHandler
    void handle(ReviewPlan command) {
        requireOpen();
        if (currentGoals.isEmpty()) {
            throw CaseRuleViolation.conflict("plan", "There is no plan to review: agree a plan first.");
        }
        for (int i = 0; i < command.progress().size(); i++) {
            if (!currentGoals.containsKey(command.progress().get(i).goalId())) {
                throw CaseRuleViolation.unprocessable("progress[" + i + "].goalId", "Not a goal of the current plan.");
            }
        }
        apply(new PlanReviewed(familyId, council, command.reviewedOn(), command.progress(), command.actor()));
    }

    @CommandHandler
    void handle(RecordOutcome command) {
        requireOpen();
        if (!attached) {
            throw CaseRuleViolation.conflict("problem", "No outcome can be recorded before the family is attached.");
        }
        if (!command.additional() && !problemsAtAttachment.contains(command.problem())) {
            throw CaseRuleViolation.unprocessable(
                    "problem",
                    command.problem() + " was not a problem at attachment; state \"additional\": true to record it.");
        }
        if (!command.sustainedTo().isAfter(command.sustainedFrom())) {
            throw CaseRuleViolation.unprocessable("sustainedTo", "The sustained period must end after it starts.");
        }
        if (command.sustainedTo().isAfter(command.today())) {
            throw CaseRuleViolation.unprocessable("sustainedTo", "The sustained period cannot end in the future.");
        }
        if (command.sustainedFrom().isBefore(attachedOn)) {
            throw CaseRuleViolation.unprocessable(
                    "sustainedFrom",
                    "Progress is measured from attachment: the sustained period cannot start before " + attachedOn
                            + ".");
        }
        apply(new OutcomeRecorded(
                familyId,
                council,
                command.outcomeId(),
                command.problem(),
                command.additional(),
                command.sustainedFrom(),
                command.sustainedTo(),
                command.evidence(),
                command.today(),
                command.actor()));
    }

    /**
     * An outcome recorded by mistake is withdrawn, even on a closed case: a claim resting on it must not go out (or,
     * once submitted, must be adjusted).
     */
    @CommandHandler
    void handle(RetractOutcome command) {
        if (retractedOutcomes.contains(command.outcomeId())) {
            throw CaseRuleViolation.conflict("outcomeId", "This outcome has already been retracted.");
        }
        HeadlineProblem problem = standingOutcomes.get(command.outcomeId());
        if (problem == null) {
            throw CaseRuleViolation.notFound("outcomeId", "No outcome " + command.outcomeId() + " on this case.");
        }
        apply(new OutcomeRetracted(
                familyId, council, command.outcomeId(), problem, command.reason(), command.today(), command.actor()));
    }

    @CommandHandler
    void handle(StartEmployment command) {
        requireOpen();
        if (command.memberIndex() < 0) {
            throw CaseRuleViolation.unprocessable("memberIndex", "A member index is 0 or more.");
        }
        if (command.endedOn() != null && command.endedOn().isBefore(command.startedOn())) {
            throw CaseRuleViolation.unprocessable("endedOn", "Employment cannot end before it starts.");
        }
        apply(new EmploymentStarted(
                familyId,
                council,
                command.employmentId(),
                command.memberIndex(),
                command.benefitBefore(),
                command.startedOn(),
                command.actor()));
        if (command.endedOn() != null) {
            apply(new EmploymentEnded(familyId, council, command.employmentId(), command.endedOn(), command.actor()));
        }
    }

    @CommandHandler
    void handle(EndEmployment command) {
        requireOpen();
        if (endedEmployment.contains(command.employmentId())) {
            throw CaseRuleViolation.conflict("employmentId", "This employment has already ended.");
        }
        LocalDate startedOn = openEmployment.get(command.employmentId());
        if (startedOn == null) {
            throw CaseRuleViolation.notFound(
                    "employmentId", "No employment " + command.employmentId() + " on this case.");
        }
        if (command.endedOn().isBefore(startedOn)) {
            throw CaseRuleViolation.unprocessable("endedOn", "Employment cannot end before it starts.");
        }
        apply(new EmploymentEnded(familyId, council, command.employmentId(), command.endedOn(), command.actor()));
    }

    @CommandHandler
    void handle(StepUp command) {
        requireOpen();
        if (stage == CaseStage.STEPPED_UP || stage == CaseStage.ESCALATED_TO_SOCIAL_CARE) {
            throw CaseRuleViolation.conflict("steppedUpOn", "The case is already with social care.");
        }
        apply(new SteppedUp(familyId, council, command.steppedUpOn(), command.actor()));
    }

    @CommandHandler
    void handle(StepDown command) {
        requireOpen();
        if (stage != CaseStage.STEPPED_UP && stage != CaseStage.ESCALATED_TO_SOCIAL_CARE) {
            throw CaseRuleViolation.conflict("steppedDownOn", "Only a case with social care can be stepped down.");
        }
        apply(new SteppedDown(
                familyId,
                council,
                command.steppedDownOn(),
                attached ? CaseStage.ATTACHED : CaseStage.STEPPED_DOWN,
                command.actor()));
    }

    @CommandHandler
    void handle(CloseCase command) {
        requireOpen();
        requireDatedBetweenAttachmentAndToday("date", command.closedOn(), command.today(), "closed");
        apply(new CaseClosed(familyId, council, command.closedOn(), command.reason(), command.actor()));
    }

    @CommandHandler
    void handle(ReopenCase command) {
        if (stage != CaseStage.CLOSED) {
            throw CaseRuleViolation.conflict("reopenedOn", "Only a closed case can be reopened.");
        }
        requireDatedBetweenAttachmentAndToday("date", command.reopenedOn(), command.today(), "reopened");
        if (command.reopenedOn().isBefore(closedOn)) {
            throw CaseRuleViolation.unprocessable(
                    "date", "A case cannot be reopened before it was closed (" + closedOn + ").");
        }
        apply(new CaseReopened(familyId, council, command.reopenedOn(), stageBeforeClosure, command.actor()));
    }

    /**
     * Notes that the family's personal data was erased (its key is already gone): always accepted, once. A
     * family casework never saw gets a case holding only this, so a later referral cannot revive its data.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ErasePersonalData command) {
        if (personalDataErased) {
            return;
        }
        apply(new PersonalDataErased(command.familyId(), command.council(), command.erasedAt()));
    }

    /**
     * Closure and reopening start the clocks that retention and claims run on (docs/domain.md, "Dates"), so their
     * dates are never in the future nor before the family was attached.
     */
    private void requireDatedBetweenAttachmentAndToday(String field, LocalDate date, LocalDate today, String what) {
        if (date.isAfter(today)) {
            throw CaseRuleViolation.unprocessable(
                    field, "A case cannot be " + what + " in the future (today is " + today + ").");
        }
        if (attachedOn != null && date.isBefore(attachedOn)) {
            throw CaseRuleViolation.unprocessable(
                    field,
                    "A case cannot be " + what + " before the family was attached to the programme (" + attachedOn
                            + ").");
        }
    }

    private void requireOpen() {
        if (stage == CaseStage.CLOSED) {
            throw CaseRuleViolation.conflict(null, "The case is closed: reopen it first.");
        }
    }

    @EventSourcingHandler
    void on(ReferralNoted event) {
        familyId = event.familyId();
        council = event.council();
        notedReferrals.add(event.referralId());
        if (firstReferral == null || event.receivedAt().isBefore(firstReferral)) {
            firstReferral = event.receivedAt();
        }
    }

    @EventSourcingHandler
    void on(EligibilityNoted event) {
        familyId = event.familyId();
        council = event.council();
        notedDecisions.add(event.decisionId());
        decisions.add(AttachmentDate.DatedDecision.of(event));
        stage = event.stage();
    }

    @EventSourcingHandler
    void on(MergeNoted event) {
        familyId = event.familyId();
        council = event.council();
        notedMerges.add(event.mergedFamilyId());
    }

    @EventSourcingHandler
    void on(TriageNoted event) {
        familyId = event.familyId();
        council = event.council();
        notedTriages.add(event.triageId());
    }

    @EventSourcingHandler
    void on(FamilyAttached event) {
        attached = true;
        attachedOn = event.attachedOn();
        problemsAtAttachment.addAll(event.problemsAtAttachment());
        stage = CaseStage.ATTACHED;
    }

    @EventSourcingHandler
    void on(PlanAgreed event) {
        currentGoals.clear();
        event.goals().forEach(goal -> currentGoals.put(goal.goalId(), goal.problem()));
    }

    @EventSourcingHandler
    void on(OutcomeRecorded event) {
        standingOutcomes.put(event.outcomeId(), event.problem());
    }

    @EventSourcingHandler
    void on(OutcomeRetracted event) {
        standingOutcomes.remove(event.outcomeId());
        retractedOutcomes.add(event.outcomeId());
    }

    @EventSourcingHandler
    void on(EmploymentStarted event) {
        openEmployment.put(event.employmentId(), event.startedOn());
    }

    @EventSourcingHandler
    void on(EmploymentEnded event) {
        endedEmployment.add(event.employmentId());
    }

    @EventSourcingHandler
    void on(SteppedUp event) {
        stage = CaseStage.STEPPED_UP;
    }

    @EventSourcingHandler
    void on(SteppedDown event) {
        stage = event.stage();
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        stageBeforeClosure = stage;
        closedOn = event.closedOn();
        stage = CaseStage.CLOSED;
    }

    @EventSourcingHandler
    void on(CaseReopened event) {
        stage = event.stage();
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        familyId = event.familyId();
        council = event.council();
        personalDataErased = true;
    }
}
