package uk.earlyhelp.referral.application;

import java.util.List;
import uk.earlyhelp.platform.personal.AccessLog;
import uk.earlyhelp.referral.projection.FamilyErasures;
import uk.earlyhelp.referral.projection.ReferralView;

/**
 * Subject access export: everything referral-service holds about one family (docs/personal-data.md). After an erasure
 * the referrals keep their ids, problems, dates and decision, with every personal field null.
 */
public record FamilyPersonalData(
        String familyId,
        String council,
        boolean erased,
        FamilyErasures.Erasure erasure,
        List<ReferralView> referrals,
        CaseStatus caseStatus,
        List<AccessLog.Entry> accessLog) {

    /** The family's last case closure, as casework told referral-service (for the re-referral flag). */
    public record CaseStatus(java.time.LocalDate lastClosedOn, boolean reopenedSince) {}
}
