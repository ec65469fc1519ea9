package uk.earlyhelp.casework.domain;

import java.time.Instant;

/**
 * Internal event: the family's personal data was erased. Its key is deleted, so the goal wording and
 * outcome evidence of its earlier events read as null; the history projection purges its read models.
 */
public record PersonalDataErased(String familyId, String council, Instant erasedAt) {}
