package uk.earlyhelp.pbr.domain.batch;

/**
 * A claim already submitted that no longer rests on proof (an outcome it needed was retracted): the next batch
 * carries it as a negative line, {@code amountPence} below zero, with the reason.
 */
public record Adjustment(String familyId, String claimedInBatch, long amountPence, String reason) {}
