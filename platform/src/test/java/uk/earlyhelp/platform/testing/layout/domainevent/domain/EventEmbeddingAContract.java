package uk.earlyhelp.platform.testing.layout.domainevent.domain;

import uk.earlyhelp.contracts.FamilyErasedV1;

/** Fixture, deliberately bad: a stored event that embeds a type of an integration event. */
public record EventEmbeddingAContract(String familyId, FamilyErasedV1.ErasureTrigger trigger) {}
