package uk.earlyhelp.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.referral.domain.ReferralAlreadyWithdrawn;
import uk.earlyhelp.referral.domain.WithdrawReferral;
import uk.earlyhelp.referral.projection.ReferralView;

/** The referring partner or a duty officer withdraws a referral: its problems stop counting towards eligibility. */
@ApplicationScoped
public class ReferralWithdrawal {

    @Inject
    ReferralAccess access;

    @Inject
    CommandGateway commands;

    @Inject
    ProbingGuard probing;

    @Inject
    Clock clock;

    /** Answers the referral as it was read before the withdrawal: the read model catches up from the event. */
    @Transactional
    public ReferralView withdraw(String referralId, String reason, Caller caller) {
        ReferralView view = access.visible(referralId, caller);
        probing.withdrawing(view.council(), view.agency(), view.receivedAt());
        try {
            commands.sendAndWait(new WithdrawReferral(referralId, reason, caller.name(), clock.instant()));
        } catch (ReferralAlreadyWithdrawn e) {
            throw ProblemException.conflict(e.getMessage());
        }
        return view;
    }
}
