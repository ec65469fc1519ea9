package uk.earlyhelp.eligibility.projection;

import java.util.List;

/** A family's current eligibility and every decision that led to it, oldest first. */
public record FamilyEligibility(String familyId, String council, DecisionView current, List<DecisionView> history) {}
