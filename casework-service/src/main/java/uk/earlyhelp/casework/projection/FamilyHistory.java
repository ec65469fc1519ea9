package uk.earlyhelp.casework.projection;

import java.time.LocalDate;
import java.util.List;

/**
 * The family's plan history: its current stage, latest eligibility decision, lead practitioner and
 * attachment, Family Star Plus readings (first vs latest per domain), the open goals of its plan, and
 * every event in order with who did it and when. Once the family is erased, {@code personalDataErased} is
 * true and the goals' wording and the outcomes' evidence are null.
 */
public record FamilyHistory(
        String familyId,
        String council,
        String stage,
        String eligibility,
        String leadPractitioner,
        LocalDate attachedOn,
        List<String> problemsAtAttachment,
        String closureReason,
        boolean personalDataErased,
        List<DomainReadings> familyStar,
        List<OpenGoal> openGoals,
        List<HistoryEntry> events) {

    /** The first and the latest reading in one Family Star Plus domain, with their Journey of Change stage. */
    public record DomainReadings(
            String domain,
            int firstReading,
            LocalDate firstOn,
            String firstStage,
            int latestReading,
            LocalDate latestOn,
            String latestStage) {}

    /** A goal of the current plan not yet achieved. */
    public record OpenGoal(String goalId, String problem, String description, String status, LocalDate agreedOn) {}
}
