package uk.earlyhelp.casework.domain;

import java.time.LocalDate;

public record SteppedDown(String familyId, String council, LocalDate steppedDownOn, CaseStage stage, String actor) {}
