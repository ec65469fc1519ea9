package uk.earlyhelp.eligibility.domain;

import java.time.Instant;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.earlyhelp.contracts.HeadlineProblem;

/** Count the problems a referral evidences for its family, and decide again under {@code rule}, the version in force. */
public record RecordReferralEvidence(
        @TargetAggregateIdentifier String familyId,
        String council,
        String referralId,
        Set<HeadlineProblem> problems,
        boolean safeguardingConcern,
        RuleVersion rule,
        Instant decidedAt) {

    public RecordReferralEvidence {
        problems = Set.copyOf(problems);
    }
}
