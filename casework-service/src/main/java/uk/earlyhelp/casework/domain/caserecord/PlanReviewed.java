package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PlanReviewed(
        String familyId, String council, LocalDate reviewedOn, List<GoalProgress> progress, String actor) {}
