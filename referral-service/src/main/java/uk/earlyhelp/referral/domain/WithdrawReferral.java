package uk.earlyhelp.referral.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a referral: its problems no longer count towards the family's eligibility. */
public record WithdrawReferral(
        @TargetAggregateIdentifier String referralId, String reason, String withdrawnBy, Instant withdrawnAt) {}
