package uk.earlyhelp.pbr.domain.claimrecord;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.earlyhelp.contracts.ClaimRoute;

/** Claim the family's result payment in a batch being submitted. Refused if it was ever claimed before. */
public record ClaimFamily(
        @TargetAggregateIdentifier String familyId,
        String batchId,
        ClaimRoute route,
        long amountPence,
        LocalDate claimedOn) {}
