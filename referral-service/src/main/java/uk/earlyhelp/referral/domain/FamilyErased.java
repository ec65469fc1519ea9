package uk.earlyhelp.referral.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Internal event: a family's personal data was erased. The reason is the data-protection officer's note of
 * the request (e.g. "Article 17 request received 2033-01-10"), not the family's data; it stays here.
 */
@Revision("1")
public record FamilyErased(
        String familyId,
        String council,
        ErasureTrigger trigger,
        String reason,
        LocalDate requestedOn,
        String requestedBy,
        Instant erasedAt) {}
