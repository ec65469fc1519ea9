package uk.earlyhelp.pbr.domain.claimrecord;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

/** Keep eligibility's decision: a family attached while not eligible is never claimable. */
public record NoteEligibilityDecision(
        @TargetAggregateIdentifier String familyId,
        String council,
        String decisionId,
        Decision decision,
        List<HeadlineProblem> problemsCounted,
        Instant decidedAt) {}
