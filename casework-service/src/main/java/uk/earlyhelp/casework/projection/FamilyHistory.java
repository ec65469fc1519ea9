package uk.earlyhelp.casework.projection;

import java.util.List;

/** The family's plan history: its current stage and latest eligibility decision, and every event in order. */
public record FamilyHistory(
        String familyId, String council, String stage, String eligibility, List<HistoryEntry> events) {}
