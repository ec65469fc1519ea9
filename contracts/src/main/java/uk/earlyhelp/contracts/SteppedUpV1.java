package uk.earlyhelp.contracts;

import java.time.LocalDate;

/** The family's case was stepped up to children's social care. */
public record SteppedUpV1(String familyId, String council, LocalDate steppedUpOn) implements FamilyEvent {}
