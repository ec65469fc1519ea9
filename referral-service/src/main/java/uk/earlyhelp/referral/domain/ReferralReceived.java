package uk.earlyhelp.referral.domain;

import java.time.Instant;
import java.util.List;

/** Internal event: a referral was accepted. Holds personal data, so it stays in this service's event store. */
public record ReferralReceived(
        String referralId,
        String familyId,
        String council,
        String agency,
        String agencyReference,
        Household household,
        Consent consent,
        List<PresentingIssue> issues,
        boolean safeguardingConcern,
        boolean reReferral,
        String summary,
        Instant receivedAt) {}
