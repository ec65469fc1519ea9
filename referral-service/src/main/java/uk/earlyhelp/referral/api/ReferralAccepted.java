package uk.earlyhelp.referral.api;

/** The answer to an accepted referral: where to follow it, and the family it joined. */
public record ReferralAccepted(String referralId, String familyId, String status) {}
