package uk.earlyhelp.contracts;

import java.time.LocalDate;

/** A family's result payment was claimed in a submitted batch. A family is claimed at most once, ever. */
public record FamilyClaimedV1(
        String familyId, String council, String batchId, ClaimRoute route, long amountPence, LocalDate claimedOn)
        implements FamilyEvent {}
