package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.ClosureReason;

@Revision("1")
public record CaseClosed(String familyId, String council, LocalDate closedOn, ClosureReason reason, String actor) {}
