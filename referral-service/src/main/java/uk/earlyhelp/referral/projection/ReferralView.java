package uk.earlyhelp.referral.projection;

import java.time.Instant;
import java.util.List;

/**
 * One referral as the referring partner or a duty officer sees it, with the family's eligibility once decided.
 * Once the family is erased, {@code personalDataErased} is true and every personal field in the details is null.
 */
public record ReferralView(
        String referralId,
        String familyId,
        String council,
        String agency,
        String agencyReference,
        String status,
        Instant receivedAt,
        List<String> problems,
        boolean safeguardingConcern,
        boolean reReferral,
        Instant withdrawnAt,
        String withdrawalReason,
        ReferralDetails details,
        boolean personalDataErased,
        FamilyDecision eligibility) {

    public static final String RECEIVED = "RECEIVED";
    public static final String WITHDRAWN = "WITHDRAWN";

    /**
     * The referral as its partner agency sees it: the family's decision, never its reason, which names the
     * problems every agency evidenced (docs/domain.md, "Front door").
     */
    public ReferralView asSeenByPartner() {
        FamilyDecision decisionOnly = eligibility == null
                ? null
                : new FamilyDecision(eligibility.decision(), null, eligibility.ruleVersion(), eligibility.decidedAt());
        return new ReferralView(
                referralId,
                familyId,
                council,
                agency,
                agencyReference,
                status,
                receivedAt,
                problems,
                safeguardingConcern,
                reReferral,
                withdrawnAt,
                withdrawalReason,
                details,
                personalDataErased,
                decisionOnly);
    }
}
