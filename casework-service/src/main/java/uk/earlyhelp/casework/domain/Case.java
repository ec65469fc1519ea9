package uk.earlyhelp.casework.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import uk.earlyhelp.contracts.Decision;

/** A family's Early Help case: one per family, from its first referral on. */
public class Case {

    @AggregateIdentifier
    private String familyId;

    private final Set<String> notedReferrals = new HashSet<>();
    private final Set<String> notedDecisions = new HashSet<>();

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
                stageAfter(command.decision())));
    }

    static CaseStage stageAfter(Decision decision) {
        return switch (decision) {
            case ELIGIBLE -> CaseStage.ELIGIBLE;
            case NOT_ELIGIBLE -> CaseStage.NOT_ELIGIBLE;
            case ESCALATE_TO_SOCIAL_CARE -> CaseStage.ESCALATED_TO_SOCIAL_CARE;
        };
    }

    @EventSourcingHandler
    void on(ReferralNoted event) {
        familyId = event.familyId();
        notedReferrals.add(event.referralId());
    }

    @EventSourcingHandler
    void on(EligibilityNoted event) {
        familyId = event.familyId();
        notedDecisions.add(event.decisionId());
    }
}
