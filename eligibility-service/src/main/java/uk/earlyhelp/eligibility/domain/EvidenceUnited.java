package uk.earlyhelp.eligibility.domain;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** The evidence of {@code mergedFamilyId} was counted in this family's, with its concerns social care had answered. */
@Revision("1")
public record EvidenceUnited(String familyId, String mergedFamilyId, Set<String> resolvedReferralIds) {}
