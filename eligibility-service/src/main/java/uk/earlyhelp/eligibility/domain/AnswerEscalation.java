package uk.earlyhelp.eligibility.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.earlyhelp.contracts.SocialCareOutcome;

/**
 * Social care's answer to the family's escalation (from the front door, or casework's step-down); {@code answerId}
 * makes a redelivery change nothing.
 */
public record AnswerEscalation(
        @TargetAggregateIdentifier String familyId,
        String answerId,
        SocialCareOutcome outcome,
        RuleVersion rule,
        Instant decidedAt) {}
