package uk.earlyhelp.casework.domain.caserecord;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.TriageOutcome;

/** @param problems the problems of the family's latest eligibility decision, which its allocation queue shows */
@Revision("1")
public record TriageNoted(
        String familyId,
        String council,
        String triageId,
        TriageOutcome outcome,
        String team,
        String signpostedTo,
        String triagedBy,
        Instant triagedAt,
        List<HeadlineProblem> problems) {}
