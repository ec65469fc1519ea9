package uk.earlyhelp.pbr.domain;

import java.time.LocalDate;
import uk.earlyhelp.contracts.ClaimRoute;

/** The family's result payment was claimed in a submitted batch: at most once per family, ever. */
public record FamilyClaimed(
        String familyId, String council, String batchId, ClaimRoute route, long amountPence, LocalDate claimedOn) {}
