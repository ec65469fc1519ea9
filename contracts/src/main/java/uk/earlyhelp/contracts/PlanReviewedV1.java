package uk.earlyhelp.contracts;

import java.time.LocalDate;
import java.util.List;

/** The plan was reviewed: progress per goal as a code ({@code NOT_STARTED}, {@code IN_PROGRESS}, {@code ACHIEVED}). */
public record PlanReviewedV1(String familyId, String council, LocalDate reviewedOn, List<GoalProgress> progress)
        implements FamilyEvent {

    public PlanReviewedV1 {
        progress = List.copyOf(progress);
    }

    public record GoalProgress(String goalId, String status) {}
}
