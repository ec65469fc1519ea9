package uk.earlyhelp.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A family's eligibility was decided (or decided again after new or withdrawn evidence).
 *
 * @param problemsCounted       the distinct headline problems evidenced when the decision was made
 * @param problemsStillNeeded   how many more problems would make the family eligible (0 when eligible)
 * @param ruleVersion           the version of the rule set the decision was made under
 * @param reason                a plain-English explanation a duty officer can read
 * @param evidencingReferralIds the non-withdrawn referrals whose problems were counted
 */
public record EligibilityDecidedV1(
        String decisionId,
        String familyId,
        String council,
        Decision decision,
        List<HeadlineProblem> problemsCounted,
        int problemsStillNeeded,
        String ruleVersion,
        String reason,
        List<String> evidencingReferralIds,
        Instant decidedAt)
        implements FamilyEvent {

    public EligibilityDecidedV1 {
        problemsCounted = List.copyOf(problemsCounted);
        evidencingReferralIds = List.copyOf(evidencingReferralIds);
    }
}
