package uk.earlyhelp.casework.domain;

import java.time.LocalDate;

public record CaseReopened(String familyId, String council, LocalDate reopenedOn, CaseStage stage, String actor) {}
