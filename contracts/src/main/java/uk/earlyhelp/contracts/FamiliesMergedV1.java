package uk.earlyhelp.contracts;

import java.time.Instant;

/**
 * A duty officer found two families are one: every referral of {@code familyId} now belongs to {@code intoFamilyId},
 * and every service treats the two as that one family from now on (its evidence united, claimed at most once).
 */
public record FamiliesMergedV1(String familyId, String intoFamilyId, String council, Instant mergedAt)
        implements FamilyEvent {}
