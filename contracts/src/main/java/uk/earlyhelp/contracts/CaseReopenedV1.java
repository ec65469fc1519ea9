package uk.earlyhelp.contracts;

import java.time.LocalDate;

/** A closed case was reopened. */
public record CaseReopenedV1(String familyId, String council, LocalDate reopenedOn) implements FamilyEvent {}
