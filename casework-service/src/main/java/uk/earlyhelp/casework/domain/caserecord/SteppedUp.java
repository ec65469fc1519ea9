package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SteppedUp(String familyId, String council, LocalDate steppedUpOn, String actor) {}
