package uk.earlyhelp.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** Children's social care answered the family's escalation; eligibility decides the family again on it. */
public record SocialCareOutcomeRecordedV1(
        String outcomeId,
        String familyId,
        String council,
        SocialCareOutcome outcome,
        LocalDate decidedOn,
        String recordedBy,
        Instant recordedAt)
        implements FamilyEvent {}
