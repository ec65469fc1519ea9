package uk.earlyhelp.referral.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erase a family's personal data, on a data subject's request or at the end of its retention period. */
public record EraseFamily(
        @TargetAggregateIdentifier String familyId,
        String council,
        ErasureTrigger trigger,
        String reason,
        LocalDate requestedOn,
        String requestedBy,
        Instant erasedAt) {}
