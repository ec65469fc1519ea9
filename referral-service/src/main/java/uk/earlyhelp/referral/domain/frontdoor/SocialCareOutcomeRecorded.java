package uk.earlyhelp.referral.domain.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.SocialCareOutcome;

@Revision("1")
public record SocialCareOutcomeRecorded(
        String outcomeId,
        String familyId,
        String council,
        SocialCareOutcome outcome,
        LocalDate decidedOn,
        String reason,
        String recordedBy,
        Instant recordedAt) {}
