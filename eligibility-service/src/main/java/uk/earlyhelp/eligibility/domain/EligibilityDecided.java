package uk.earlyhelp.eligibility.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

/** A decision about a family. A later decision is a new event; a decision is never edited. */
@Revision("1")
public record EligibilityDecided(
        String decisionId,
        String familyId,
        String council,
        Decision decision,
        Set<HeadlineProblem> problemsCounted,
        int problemsStillNeeded,
        String ruleVersion,
        String reason,
        List<String> evidencingReferralIds,
        String triggeredByReferralId,
        Instant decidedAt) {}
