package uk.earlyhelp.casework.domain;

import java.time.LocalDate;
import java.util.List;

public record PlanAgreed(String familyId, String council, LocalDate agreedOn, List<PlanGoal> goals, String actor) {}
