package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PlanAgreed(String familyId, String council, LocalDate agreedOn, List<PlanGoal> goals, String actor) {}
