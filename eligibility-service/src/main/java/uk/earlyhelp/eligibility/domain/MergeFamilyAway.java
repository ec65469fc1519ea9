package uk.earlyhelp.eligibility.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The family was merged into {@code intoFamilyId}: it hands over its standing evidence (the command's answer) and
 * decides nothing more.
 */
public record MergeFamilyAway(@TargetAggregateIdentifier String familyId, String intoFamilyId) {}
