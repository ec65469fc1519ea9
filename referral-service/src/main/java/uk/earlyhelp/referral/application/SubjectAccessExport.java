package uk.earlyhelp.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.earlyhelp.platform.personal.AccessLog;
import uk.earlyhelp.platform.personal.PersonalDataResources;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.referral.domain.ReReferral;
import uk.earlyhelp.referral.projection.CaseStatuses;
import uk.earlyhelp.referral.projection.FamilyErasures;
import uk.earlyhelp.referral.projection.ReferralView;

/**
 * The data-protection officer exports everything referral-service holds about a family (docs/personal-data.md).
 * The export is itself a read of personal data, logged in the same transaction, and it lists that read too.
 */
@ApplicationScoped
public class SubjectAccessExport {

    static final String EXPORT = "subject-access-export";

    @Inject
    ReferralAccess access;

    @Inject
    CaseStatuses caseStatuses;

    @Inject
    FamilyErasures familyErasures;

    @Inject
    AccessLog accessLog;

    @Transactional
    public FamilyPersonalData export(String familyId, Caller caller) {
        List<ReferralView> referrals = access.familyReferrals(familyId, caller);
        String council = referrals.getFirst().council();
        ReReferral.CaseStatus status = caseStatuses.of(familyId);
        var erasure = familyErasures.of(familyId);
        accessLog.read(caller.name(), PersonalDataResources.DATA_PROTECTION, council, familyId, EXPORT, null);
        return new FamilyPersonalData(
                familyId,
                council,
                erasure.isPresent() || referrals.stream().allMatch(ReferralView::personalDataErased),
                erasure.orElse(null),
                referrals,
                new FamilyPersonalData.CaseStatus(status.lastClosedOn().orElse(null), status.reopenedSince()),
                accessLog.forFamily(familyId));
    }
}
