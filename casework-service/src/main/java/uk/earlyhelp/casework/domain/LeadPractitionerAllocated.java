package uk.earlyhelp.casework.domain;

public record LeadPractitionerAllocated(String familyId, String council, String leadPractitioner, String actor) {}
