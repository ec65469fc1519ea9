package uk.earlyhelp.referral.domain;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Accept a partner agency's referral of a family. */
public record ReceiveReferral(
        @TargetAggregateIdentifier String referralId,
        String familyId,
        String council,
        String agency,
        String agencyReference,
        Household household,
        Consent consent,
        List<PresentingIssue> issues,
        boolean safeguardingConcern,
        boolean reReferral,
        String summary,
        Instant receivedAt) {}
