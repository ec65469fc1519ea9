package uk.earlyhelp.referral.domain.frontdoor;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record FamiliesMerged(
        String familyId, String intoFamilyId, String council, String reason, String mergedBy, Instant mergedAt) {}
