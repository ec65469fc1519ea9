package uk.earlyhelp.pbr.domain;

import java.time.Instant;
import java.util.List;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

public record EligibilityNoted(
        String familyId,
        String council,
        String decisionId,
        Decision decision,
        List<HeadlineProblem> problemsCounted,
        Instant decidedAt) {}
