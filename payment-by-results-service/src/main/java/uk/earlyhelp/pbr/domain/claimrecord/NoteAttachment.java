package uk.earlyhelp.pbr.domain.claimrecord;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

/** Keep the family's attachment; the first one counts, a later one is ignored (problems are frozen). */
public record NoteAttachment(
        @TargetAggregateIdentifier String familyId,
        String council,
        LocalDate attachedOn,
        List<HeadlineProblem> problemsAtAttachment,
        String eligibilityDecisionId,
        Decision decisionAtAttachment) {}
