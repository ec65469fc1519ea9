package uk.earlyhelp.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import uk.earlyhelp.platform.personal.AccessLog;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.referral.projection.ReferralPage;
import uk.earlyhelp.referral.projection.ReferralView;
import uk.earlyhelp.referral.projection.ReferralViews;

/**
 * A partner or duty officer follows referrals: one with its personal details (the read is logged in the
 * same transaction, so no read goes unrecorded), or a page of them without.
 */
@ApplicationScoped
public class ReferralReading {

    @Inject
    ReferralAccess access;

    @Inject
    ReferralViews views;

    @Inject
    AccessLog accessLog;

    @Transactional
    public ReferralView read(String referralId, Caller caller) {
        ReferralView view = access.visible(referralId, caller);
        accessLog.read(
                caller.name(),
                ReferralAccess.readerRole(caller),
                view.council(),
                view.familyId(),
                "referral",
                view.referralId());
        return view;
    }

    /** The council's referrals for a duty officer; a partner's own agency's. Newest first, paged. */
    public ReferralPage list(Caller caller, Optional<String> status, Optional<Instant> since, int page, int size) {
        Optional<String> agency = access.listedAgency(caller);
        return views.list(caller.council(), agency, status, since, page, size);
    }
}
