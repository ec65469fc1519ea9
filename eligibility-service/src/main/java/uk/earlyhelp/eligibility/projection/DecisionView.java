package uk.earlyhelp.eligibility.projection;

import java.time.Instant;
import java.util.List;

/** One eligibility decision as a duty officer reads it. */
public record DecisionView(
        String decisionId,
        String decision,
        List<String> problemsCounted,
        int problemsStillNeeded,
        String ruleVersion,
        String reason,
        List<String> evidencingReferralIds,
        String triggeredByReferralId,
        Instant decidedAt) {}
