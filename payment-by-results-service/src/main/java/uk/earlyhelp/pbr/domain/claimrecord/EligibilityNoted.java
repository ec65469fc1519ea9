package uk.earlyhelp.pbr.domain.claimrecord;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

@Revision("1")
public record EligibilityNoted(
        String familyId,
        String council,
        String decisionId,
        Decision decision,
        List<HeadlineProblem> problemsCounted,
        Instant decidedAt) {}
