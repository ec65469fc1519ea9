package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record CaseReopened(String familyId, String council, LocalDate reopenedOn, CaseStage stage, String actor) {}
