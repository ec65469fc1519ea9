package uk.earlyhelp.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.referral.projection.ReferralView;
import uk.earlyhelp.referral.projection.ReferralViews;

/**
 * Which referrals and families a caller may touch: their own council's, and for a partner only their own
 * agency's referrals. Another council's record is refused (403) rather than hidden, and refused only once it
 * is known to exist (a missing one is a 404 for everyone).
 */
@ApplicationScoped
public class ReferralAccess {

    public static final String PARTNER = "partner";
    public static final String DUTY_OFFICER = "duty-officer";

    @Inject
    ReferralViews views;

    /**
     * The referral, if the caller may see it: their council's, and for a partner their own agency's, with the
     * family's decision but not its reason (which names problems other agencies raised).
     */
    public ReferralView visible(String referralId, Caller caller) {
        ReferralView view =
                views.find(referralId).orElseThrow(() -> ProblemException.notFound("No referral " + referralId));
        caller.requireCouncil(view.council());
        if (caller.hasRole(DUTY_OFFICER)) {
            return view;
        }
        if (!ownAgency(caller).equals(view.agency())) {
            throw ProblemException.forbidden("Partners see only their own agency's referrals.");
        }
        return view.asSeenByPartner();
    }

    /** The family's referrals, if it is the caller's council's family. */
    public List<ReferralView> familyReferrals(String familyId, Caller caller) {
        List<ReferralView> referrals = views.forFamily(familyId);
        if (referrals.isEmpty()) {
            throw ProblemException.notFound("No family " + familyId);
        }
        caller.requireCouncil(referrals.getFirst().council());
        return referrals;
    }

    /** The agency whose referrals a list shows: none for a duty officer (the whole council), else their own. */
    Optional<String> listedAgency(Caller caller) {
        return caller.hasRole(DUTY_OFFICER) ? Optional.empty() : Optional.of(ownAgency(caller));
    }

    /** The role a read is logged under. */
    static String readerRole(Caller caller) {
        return caller.hasRole(DUTY_OFFICER) ? DUTY_OFFICER : PARTNER;
    }

    static String ownAgency(Caller caller) {
        return caller.agency().orElseThrow(() -> ProblemException.forbidden("The token has no agency claim."));
    }
}
