package uk.earlyhelp.eligibility.domain;

import java.util.Set;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.SocialCareOutcome;

/** @param resolvedReferralIds the safeguarding referrals this answer closes: they no longer escalate the family */
@Revision("1")
public record EscalationAnswered(
        String familyId, String answerId, SocialCareOutcome outcome, Set<String> resolvedReferralIds) {}
