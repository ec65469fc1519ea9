package uk.earlyhelp.casework.domain;

import java.time.LocalDate;

public record EmploymentEnded(String familyId, String council, String employmentId, LocalDate endedOn, String actor) {}
