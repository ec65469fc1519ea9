package uk.earlyhelp.casework.domain.caserecord;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

/** Record eligibility's latest decision on the family's case: it gates attachment to the programme. */
public record NoteEligibilityDecision(
        @TargetAggregateIdentifier String familyId,
        String council,
        String decisionId,
        Decision decision,
        List<HeadlineProblem> problemsCounted,
        String ruleVersion,
        String reason,
        Instant decidedAt) {}
