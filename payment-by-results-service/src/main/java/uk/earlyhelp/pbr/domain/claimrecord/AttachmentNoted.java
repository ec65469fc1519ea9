package uk.earlyhelp.pbr.domain.claimrecord;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

/** The family was attached to the programme; its problems at attachment are what a claim is measured against. */
@Revision("1")
public record AttachmentNoted(
        String familyId,
        String council,
        LocalDate attachedOn,
        List<HeadlineProblem> problemsAtAttachment,
        String eligibilityDecisionId,
        Decision decisionAtAttachment) {}
