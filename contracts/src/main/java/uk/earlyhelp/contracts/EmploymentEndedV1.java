package uk.earlyhelp.contracts;

import java.time.LocalDate;

/** An employment spell ended: continuous employment is broken on that date. */
public record EmploymentEndedV1(String familyId, String council, String employmentId, LocalDate endedOn)
        implements FamilyEvent {}
