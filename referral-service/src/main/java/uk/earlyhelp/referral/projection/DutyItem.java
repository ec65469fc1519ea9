package uk.earlyhelp.referral.projection;

import java.time.Instant;
import java.util.List;

/**
 * One line on the First Response duty screen: a new referral or a decision. No names: the screen is on a
 * wall; a duty officer opens the referral (an access-logged read) to see who it is about.
 *
 * @param escalation a safeguarding referral or an escalation to social care: pinned first on the screen
 */
public record DutyItem(
        long seq,
        String kind,
        String familyId,
        String referralId,
        String agency,
        List<String> problems,
        String decision,
        String reason,
        boolean reReferral,
        boolean escalation,
        Instant occurredAt) {

    public static final String REFERRAL = "REFERRAL";
    public static final String DECISION = "DECISION";
}
