package uk.earlyhelp.referral.domain.frontdoor;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.earlyhelp.contracts.TriageOutcome;

/** A duty officer decides what happens to the family's referrals received so far. */
public record TriageFamily(
        @TargetAggregateIdentifier String familyId,
        String council,
        String triageId,
        TriageOutcome outcome,
        String team,
        String signpostedTo,
        String reason,
        String triagedBy,
        Instant triagedAt) {}
