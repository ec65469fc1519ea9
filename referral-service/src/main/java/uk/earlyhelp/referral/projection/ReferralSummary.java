package uk.earlyhelp.referral.projection;

import java.time.Instant;
import java.util.List;

/** A line in a list of referrals: no personal data, so listing is not a personal-data read. */
public record ReferralSummary(
        String referralId,
        String familyId,
        String agency,
        String agencyReference,
        String status,
        Instant receivedAt,
        List<String> problems,
        boolean safeguardingConcern,
        boolean reReferral) {}
