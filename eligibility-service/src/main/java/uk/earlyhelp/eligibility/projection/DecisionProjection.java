package uk.earlyhelp.eligibility.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import uk.earlyhelp.eligibility.domain.EligibilityDecided;
import uk.earlyhelp.platform.jdbc.BatchedWrites;

/**
 * Keeps {@code eligibility_decision} from the event store; a replay writes the same rows. A decision's row is written
 * once and never changed, so a processor batch's rows go as one JDBC batch as it commits ({@link BatchedWrites}).
 */
@Singleton
@ProcessingGroup("decision-view")
public class DecisionProjection {

    @Inject
    BatchedWrites writes;

    @EventHandler
    void on(EligibilityDecided event, @SequenceNumber long sequence) {
        writes.insert(
                """
                INSERT INTO eligibility_decision (decision_id, family_id, council, sequence, decision, problems_counted,
                    problems_still_needed, rule_version, reason, evidencing_referral_ids, triggered_by_referral_id, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (decision_id) DO NOTHING""",
                event.decisionId(),
                event.familyId(),
                event.council(),
                sequence,
                event.decision(),
                event.problemsCounted().stream().sorted().toList(),
                event.problemsStillNeeded(),
                event.ruleVersion(),
                event.reason(),
                event.evidencingReferralIds(),
                event.triggeredByReferralId(),
                event.decidedAt());
    }
}
