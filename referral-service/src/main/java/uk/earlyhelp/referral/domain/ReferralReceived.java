package uk.earlyhelp.referral.domain;

import java.time.Instant;
import java.util.List;
import uk.earlyhelp.contracts.PersonalData;

/**
 * Internal event: a referral was accepted. Holds personal data, so it stays in this service's event store,
 * its personal fields encrypted with the family's key.
 */
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
        @PersonalData String summary,
        Instant receivedAt) {}
