package uk.earlyhelp.referral.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** One partner agency's referral of one family. */
public class Referral {

    @AggregateIdentifier
    private String referralId;

    protected Referral() {
        // For Axon: rebuilt from its events.
    }

    @CommandHandler
    public Referral(ReceiveReferral command) {
        apply(new ReferralReceived(
                command.referralId(),
                command.familyId(),
                command.council(),
                command.agency(),
                command.agencyReference(),
                command.household(),
                command.consent(),
                command.issues(),
                command.safeguardingConcern(),
                command.summary(),
                command.receivedAt()));
    }

    @EventSourcingHandler
    void on(ReferralReceived event) {
        referralId = event.referralId();
    }
}
