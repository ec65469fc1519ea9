package uk.earlyhelp.pbr.domain.claimrecord;

import org.axonframework.serialization.Revision;

@Revision("1")
public record OutcomeRetractionNoted(String familyId, String council, String outcomeId, String reason) {}
