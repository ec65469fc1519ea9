package uk.earlyhelp.eligibility.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop counting a withdrawn referral's problems, and decide again under {@code rule}, the version in force. */
public record WithdrawReferralEvidence(
        @TargetAggregateIdentifier String familyId, String referralId, RuleVersion rule, Instant decidedAt) {}
