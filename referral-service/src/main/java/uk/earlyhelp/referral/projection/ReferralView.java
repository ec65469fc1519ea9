package uk.earlyhelp.referral.projection;

import java.time.Instant;
import java.util.List;

/** What a partner or a duty officer sees of one referral. */
public record ReferralView(
        String referralId,
        String familyId,
        String council,
        String agency,
        String agencyReference,
        String status,
        Instant receivedAt,
        List<String> problems,
        boolean safeguardingConcern) {

    public static final String RECEIVED = "RECEIVED";
}
