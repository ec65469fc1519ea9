package uk.earlyhelp.contracts;

import java.time.Instant;

/** A referral was withdrawn: the problems it evidenced no longer count. The reason text stays in referral-service. */
public record ReferralWithdrawnV1(String referralId, String familyId, String council, Instant withdrawnAt)
        implements FamilyEvent {}
