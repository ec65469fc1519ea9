package uk.earlyhelp.casework.domain.caserecord;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MergeNoted(
        String familyId, String council, String mergedFamilyId, String intoFamilyId, Instant mergedAt) {}
