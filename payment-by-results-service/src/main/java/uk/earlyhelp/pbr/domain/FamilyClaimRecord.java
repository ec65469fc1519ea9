package uk.earlyhelp.pbr.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/** What a payment-by-results claim for one family needs to know. A family is claimed at most once, ever. */
public class FamilyClaimRecord {

    @AggregateIdentifier
    private String familyId;

    private final Set<String> notedDecisions = new HashSet<>();

    protected FamilyClaimRecord() {
        // For Axon.
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
                command.decidedAt()));
    }

    @EventSourcingHandler
    void on(EligibilityNoted event) {
        familyId = event.familyId();
        notedDecisions.add(event.decisionId());
    }
}
