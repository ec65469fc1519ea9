package uk.earlyhelp.referral.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The erasure of one family's personal data (docs/personal-data.md), keyed by the family. Erased once: a second
 * request, or the retention job coming after a request, records nothing new.
 */
public class FamilyErasure {

    @AggregateIdentifier
    private String familyId;

    private boolean erased;

    protected FamilyErasure() {
        // For Axon.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EraseFamily command) {
        if (erased) {
            return;
        }
        apply(new FamilyErased(
                command.familyId(),
                command.council(),
                command.trigger(),
                command.reason(),
                command.requestedOn(),
                command.requestedBy(),
                command.erasedAt()));
    }

    @EventSourcingHandler
    void on(FamilyErased event) {
        familyId = event.familyId();
        erased = true;
    }
}
