package uk.earlyhelp.eligibility.domain;

import org.axonframework.serialization.Revision;

@Revision("1")
public record FamilyMergedAway(String familyId, String intoFamilyId) {}
