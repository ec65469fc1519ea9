package uk.earlyhelp.casework.domain;

import java.time.LocalDate;
import java.util.List;

public record PlanReviewed(
        String familyId, String council, LocalDate reviewedOn, List<GoalProgress> progress, String actor) {}
