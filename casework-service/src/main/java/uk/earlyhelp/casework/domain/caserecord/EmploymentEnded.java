package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record EmploymentEnded(String familyId, String council, String employmentId, LocalDate endedOn, String actor) {}
