package uk.earlyhelp.casework.domain.caserecord;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Internal event: the family's personal data was erased. Its key is deleted, so the goal wording and
 * outcome evidence of its earlier events read as null; the history projection purges its read models.
 */
@Revision("1")
public record PersonalDataErased(String familyId, String council, Instant erasedAt) {}
