package uk.earlyhelp.referral.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** One partner agency's referral of one family. */
public class Referral {

    @AggregateIdentifier
    private String referralId;

    private String familyId;
    private String council;
    private String agency;
    private boolean withdrawn;

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
                command.reReferral(),
                command.summary(),
                command.receivedAt()));
    }

    @CommandHandler
    void handle(WithdrawReferral command) {
        if (withdrawn) {
            throw new ReferralAlreadyWithdrawn(referralId);
        }
        apply(new ReferralWithdrawn(
                referralId, familyId, council, agency, command.reason(), command.withdrawnBy(), command.withdrawnAt()));
    }

    @EventSourcingHandler
    void on(ReferralReceived event) {
        referralId = event.referralId();
        familyId = event.familyId();
        council = event.council();
        agency = event.agency();
    }

    @EventSourcingHandler
    void on(ReferralWithdrawn event) {
        withdrawn = true;
    }
}
