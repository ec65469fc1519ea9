package uk.earlyhelp.referral.projection;

import java.time.Instant;

/** The family's latest eligibility decision, as shown on each of its referrals. */
public record FamilyDecision(String decision, String reason, String ruleVersion, Instant decidedAt) {}
