package uk.earlyhelp.casework.domain.caserecord;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.earlyhelp.contracts.HeadlineProblem;

/** Put a partner agency's referral on the family's case history. */
public record NoteReferral(
        @TargetAggregateIdentifier String familyId,
        String council,
        String referralId,
        String agency,
        List<HeadlineProblem> problems,
        boolean safeguardingConcern,
        Instant receivedAt) {}
