package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Agree the family's plan: it replaces any earlier plan's goals. */
public record AgreePlan(
        @TargetAggregateIdentifier String familyId, LocalDate agreedOn, List<PlanGoal> goals, String actor) {}
