package uk.earlyhelp.eligibility.domain;

import java.util.Set;
import uk.earlyhelp.contracts.HeadlineProblem;

public record ReferralEvidenceRecorded(
        String familyId,
        String council,
        String referralId,
        Set<HeadlineProblem> problems,
        boolean safeguardingConcern) {}
