package uk.earlyhelp.eligibility.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ReferralEvidenceWithdrawn(String familyId, String referralId) {}
