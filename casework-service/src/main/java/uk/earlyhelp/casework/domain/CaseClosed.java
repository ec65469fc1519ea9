package uk.earlyhelp.casework.domain;

import java.time.LocalDate;
import uk.earlyhelp.contracts.ClosureReason;

public record CaseClosed(String familyId, String council, LocalDate closedOn, ClosureReason reason, String actor) {}
