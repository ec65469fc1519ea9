package uk.earlyhelp.casework.domain.caserecord;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.earlyhelp.contracts.TriageOutcome;

/** Put First Response's triage of the family on its case: a family accepted for Early Help waits for allocation. */
public record NoteTriage(
        @TargetAggregateIdentifier String familyId,
        String council,
        String triageId,
        TriageOutcome outcome,
        String team,
        String signpostedTo,
        String triagedBy,
        Instant triagedAt) {}
