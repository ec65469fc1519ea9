package uk.earlyhelp.contracts;

import java.time.LocalDate;

/** The family's case was stepped down from children's social care to Early Help. */
public record SteppedDownV1(String familyId, String council, LocalDate steppedDownOn) implements FamilyEvent {}
