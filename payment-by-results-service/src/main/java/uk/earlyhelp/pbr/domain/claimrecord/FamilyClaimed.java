package uk.earlyhelp.pbr.domain.claimrecord;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.ClaimRoute;

/** The family's result payment was claimed in a submitted batch: at most once per family, ever. */
@Revision("1")
public record FamilyClaimed(
        String familyId, String council, String batchId, ClaimRoute route, long amountPence, LocalDate claimedOn) {}
