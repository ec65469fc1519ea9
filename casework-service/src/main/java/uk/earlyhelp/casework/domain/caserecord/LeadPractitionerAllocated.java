package uk.earlyhelp.casework.domain.caserecord;

import org.axonframework.serialization.Revision;

@Revision("1")
public record LeadPractitionerAllocated(String familyId, String council, String leadPractitioner, String actor) {}
