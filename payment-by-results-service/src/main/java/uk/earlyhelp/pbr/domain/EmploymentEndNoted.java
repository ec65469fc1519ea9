package uk.earlyhelp.pbr.domain;

import java.time.LocalDate;

/** An employment spell ended: continuous employment is broken on that date. */
public record EmploymentEndNoted(String familyId, String council, String employmentId, LocalDate endedOn) {}
