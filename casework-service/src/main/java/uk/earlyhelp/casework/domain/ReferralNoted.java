package uk.earlyhelp.casework.domain;

import java.time.Instant;
import java.util.List;
import uk.earlyhelp.contracts.HeadlineProblem;

public record ReferralNoted(
        String familyId,
        String council,
        String referralId,
        String agency,
        List<HeadlineProblem> problems,
        boolean safeguardingConcern,
        Instant receivedAt) {}
