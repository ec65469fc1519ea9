package uk.earlyhelp.casework.domain.caserecord;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.HeadlineProblem;

@Revision("1")
public record ReferralNoted(
        String familyId,
        String council,
        String referralId,
        String agency,
        List<HeadlineProblem> problems,
        boolean safeguardingConcern,
        Instant receivedAt) {}
