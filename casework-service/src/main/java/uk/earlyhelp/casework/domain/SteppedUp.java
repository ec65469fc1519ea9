package uk.earlyhelp.casework.domain;

import java.time.LocalDate;

public record SteppedUp(String familyId, String council, LocalDate steppedUpOn, String actor) {}
