package uk.earlyhelp.pbr.domain.claimrecord;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.HeadlineProblem;

/** An outcome for a problem, sustained from one date to another, was recorded by casework. */
@Revision("1")
public record OutcomeNoted(
        String familyId,
        String council,
        String outcomeId,
        HeadlineProblem problem,
        LocalDate sustainedFrom,
        LocalDate sustainedTo,
        LocalDate recordedOn) {}
