package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SteppedDown(String familyId, String council, LocalDate steppedDownOn, CaseStage stage, String actor) {}
