package uk.earlyhelp.referral.domain.frontdoor;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A duty officer finds two families are one: {@code familyId}'s referrals move into {@code intoFamilyId}. */
public record MergeFamilies(
        @TargetAggregateIdentifier String familyId,
        String intoFamilyId,
        String council,
        String reason,
        String mergedBy,
        Instant mergedAt) {}
