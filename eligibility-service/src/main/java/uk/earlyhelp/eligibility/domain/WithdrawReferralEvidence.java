package uk.earlyhelp.eligibility.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop counting a withdrawn referral's problems, and decide again. */
public record WithdrawReferralEvidence(
        @TargetAggregateIdentifier String familyId, String referralId, Instant decidedAt) {}
