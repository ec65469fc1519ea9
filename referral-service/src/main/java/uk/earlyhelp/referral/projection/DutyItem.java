package uk.earlyhelp.referral.projection;

import java.time.Instant;
import java.util.List;

/**
 * One line on the First Response duty screen: a new referral or a decision. No names: the screen is on a
 * wall; a duty officer opens the referral (an access-logged read) to see who it is about.
 *
 * @param escalation a safeguarding referral or an escalation to social care: pinned first on the screen
 * @param dueAt when a referral is due for triage
 * @param outcome a triage's or social care's outcome
 * @param team the team a family accepted for Early Help waits for
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
        Instant occurredAt,
        Instant dueAt,
        String outcome,
        String team) {

    public static final String REFERRAL = "REFERRAL";
    public static final String DECISION = "DECISION";
    public static final String TRIAGE = "TRIAGE";
    public static final String SOCIAL_CARE = "SOCIAL_CARE";
}
