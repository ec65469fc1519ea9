package uk.earlyhelp.referral.domain.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.earlyhelp.contracts.SocialCareOutcome;

/** Children's social care's answer to the family's escalation, recorded by a duty officer; {@code today} bounds the date. */
public record RecordSocialCareOutcome(
        @TargetAggregateIdentifier String familyId,
        String council,
        String outcomeId,
        SocialCareOutcome outcome,
        LocalDate decidedOn,
        String reason,
        LocalDate today,
        String recordedBy,
        Instant recordedAt) {}
