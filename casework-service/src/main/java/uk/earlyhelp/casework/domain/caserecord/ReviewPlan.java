package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Review the plan: progress per goal of the current plan. */
public record ReviewPlan(
        @TargetAggregateIdentifier String familyId, LocalDate reviewedOn, List<GoalProgress> progress, String actor) {}
