package uk.earlyhelp.contracts;

import java.time.Instant;

/**
 * A duty officer triaged the family's referrals received so far. The reason stays in referral-service (narrative
 * text never travels on Kafka).
 *
 * @param team the Early Help team whose queue the family joins (for {@link TriageOutcome#ACCEPT_FOR_EARLY_HELP})
 * @param signpostedTo the service the family was pointed to (for {@link TriageOutcome#SIGNPOST})
 */
public record FamilyTriagedV1(
        String triageId,
        String familyId,
        String council,
        TriageOutcome outcome,
        String team,
        String signpostedTo,
        String triagedBy,
        Instant triagedAt)
        implements FamilyEvent {}
