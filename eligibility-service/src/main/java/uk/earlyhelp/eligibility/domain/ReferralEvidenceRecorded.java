package uk.earlyhelp.eligibility.domain;

import java.util.Set;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.HeadlineProblem;

@Revision("1")
public record ReferralEvidenceRecorded(
        String familyId,
        String council,
        String referralId,
        Set<HeadlineProblem> problems,
        boolean safeguardingConcern) {}
