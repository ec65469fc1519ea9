package uk.earlyhelp.referral.domain;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.PersonalData;

/** Internal event: a referral was withdrawn. The reason is narrative and stays in this service. */
@Revision("1")
public record ReferralWithdrawn(
        String referralId,
        String familyId,
        String council,
        String agency,
        @PersonalData String reason,
        String withdrawnBy,
        Instant withdrawnAt) {}
