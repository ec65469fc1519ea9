package uk.earlyhelp.referral.domain.frontdoor;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.TriageOutcome;

@Revision("1")
public record FamilyTriaged(
        String triageId,
        String familyId,
        String council,
        TriageOutcome outcome,
        String team,
        String signpostedTo,
        String reason,
        String triagedBy,
        Instant triagedAt) {}
