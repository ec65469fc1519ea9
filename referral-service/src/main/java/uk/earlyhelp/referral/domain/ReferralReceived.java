package uk.earlyhelp.referral.domain;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.PersonalData;

/**
 * Internal event: a referral was accepted. Holds personal data, so it stays in this service's event store,
 * its personal fields encrypted with the family's key.
 */
@Revision("1")
public record ReferralReceived(
        String referralId,
        String familyId,
        String council,
        String agency,
        // The agency's own case reference (e.g. a crime number) points at the family in the agency's records.
        @PersonalData String agencyReference,
        Household household,
        Consent consent,
        List<PresentingIssue> issues,
        boolean safeguardingConcern,
        boolean reReferral,
        @PersonalData String summary,
        Instant receivedAt) {}
