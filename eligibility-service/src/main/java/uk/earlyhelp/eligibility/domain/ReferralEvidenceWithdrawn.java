package uk.earlyhelp.eligibility.domain;

public record ReferralEvidenceWithdrawn(String familyId, String referralId) {}
