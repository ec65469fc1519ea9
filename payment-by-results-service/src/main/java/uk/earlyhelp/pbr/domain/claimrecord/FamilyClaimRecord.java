package uk.earlyhelp.pbr.domain.claimrecord;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * What a payment-by-results claim for one family needs to know: eligibility decisions, the attachment,
 * outcomes and employment spells. Each fact is kept once (by its id), so redelivered or replayed records
 * add nothing. A family is claimed at most once, ever.
 */
public class FamilyClaimRecord {

    @AggregateIdentifier
    private String familyId;

    private FamilyFacts facts;

    protected FamilyClaimRecord() {
        // For Axon.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NoteEligibilityDecision command) {
        if (facts != null && facts.knowsDecision(command.decisionId())) {
            return;
        }
        apply(new EligibilityNoted(
                command.familyId(),
                command.council(),
                command.decisionId(),
                command.decision(),
                command.problemsCounted(),
                command.decidedAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NoteAttachment command) {
        if (facts != null && facts.attached()) {
            return;
        }
        apply(new AttachmentNoted(
                command.familyId(),
                command.council(),
                command.attachedOn(),
                command.problemsAtAttachment(),
                command.eligibilityDecisionId(),
                command.decisionAtAttachment()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NoteOutcome command) {
        if (facts != null && facts.knowsOutcome(command.outcomeId())) {
            return;
        }
        apply(new OutcomeNoted(
                command.familyId(),
                command.council(),
                command.outcomeId(),
                command.problem(),
                command.sustainedFrom(),
                command.sustainedTo(),
                command.recordedOn()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NoteOutcomeRetraction command) {
        if (facts != null && facts.knowsRetraction(command.outcomeId())) {
            return;
        }
        apply(new OutcomeRetractionNoted(command.familyId(), command.council(), command.outcomeId(), command.reason()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NoteEmploymentStarted command) {
        if (facts != null && facts.knowsEmploymentStart(command.employmentId())) {
            return;
        }
        apply(new EmploymentStartNoted(
                command.familyId(),
                command.council(),
                command.employmentId(),
                command.memberIndex(),
                command.benefitBefore(),
                command.startedOn()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NoteEmploymentEnded command) {
        if (facts != null && facts.knowsEmploymentEnd(command.employmentId())) {
            return;
        }
        apply(new EmploymentEndNoted(command.familyId(), command.council(), command.employmentId(), command.endedOn()));
    }

    @CommandHandler
    void handle(ClaimFamily command) {
        if (facts.claimed()) {
            throw new FamilyAlreadyClaimed(familyId, facts.claimedInBatch());
        }
        apply(new FamilyClaimed(
                familyId,
                facts.council(),
                command.batchId(),
                command.route(),
                command.amountPence(),
                command.claimedOn()));
    }

    @EventSourcingHandler
    void on(Object event) {
        if (facts == null) {
            familyId = familyIdOf(event);
            facts = FamilyFacts.none(familyId);
        }
        facts = facts.apply(event);
    }

    private static String familyIdOf(Object event) {
        return switch (event) {
            case EligibilityNoted e -> e.familyId();
            case AttachmentNoted e -> e.familyId();
            case OutcomeNoted e -> e.familyId();
            case OutcomeRetractionNoted e -> e.familyId();
            case EmploymentStartNoted e -> e.familyId();
            case EmploymentEndNoted e -> e.familyId();
            case FamilyClaimed e -> e.familyId();
            default -> throw new IllegalArgumentException("Not a family claim record event: " + event);
        };
    }
}
