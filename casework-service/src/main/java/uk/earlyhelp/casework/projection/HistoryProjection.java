package uk.earlyhelp.casework.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import uk.earlyhelp.casework.domain.CaseStage;
import uk.earlyhelp.casework.domain.EligibilityNoted;
import uk.earlyhelp.casework.domain.ReferralNoted;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * Keeps {@code family_case} and {@code history_entry} from the case events. Rows are keyed by the
 * event's sequence in its case, so a replay writes the same rows and nothing twice.
 */
@Singleton
@ProcessingGroup("family-history")
public class HistoryProjection {

    private final Jdbc jdbc;
    private final ObjectMapper json;

    HistoryProjection(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ReferralNoted event, @SequenceNumber long sequence) {
        upsertCase(event.familyId(), event.council(), CaseStage.REFERRED, null, true);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("referralId", event.referralId());
        details.put("problems", event.problems());
        details.put("safeguardingConcern", event.safeguardingConcern());
        entry(
                event.familyId(),
                sequence,
                "ReferralReceived",
                event.receivedAt(),
                event.agency(),
                "Referred by " + event.agency() + " with " + event.problems().size() + " headline problem(s)",
                details);
    }

    @EventHandler
    void on(EligibilityNoted event, @SequenceNumber long sequence) {
        upsertCase(
                event.familyId(),
                event.council(),
                event.stage(),
                event.decision().name(),
                false);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decisionId", event.decisionId());
        details.put("decision", event.decision());
        details.put("problemsCounted", event.problemsCounted());
        details.put("ruleVersion", event.ruleVersion());
        entry(
                event.familyId(),
                sequence,
                "EligibilityDecided",
                event.decidedAt(),
                "eligibility-service",
                event.reason(),
                details);
    }

    /** A referral moves the stage only for a family not yet decided; a decision always sets it. */
    private void upsertCase(String familyId, String council, CaseStage stage, String eligibility, boolean onlyIfNew) {
        jdbc.update("""
                INSERT INTO family_case (family_id, council, stage, eligibility) VALUES (?, ?, ?, ?)
                ON CONFLICT (family_id) DO UPDATE SET
                  stage = CASE WHEN ? THEN family_case.stage ELSE EXCLUDED.stage END,
                  eligibility = COALESCE(EXCLUDED.eligibility, family_case.eligibility)""", familyId, council, stage, eligibility, onlyIfNew);
    }

    private void entry(
            String familyId,
            long sequence,
            String type,
            Instant occurredAt,
            String actor,
            String summary,
            Map<String, Object> details) {
        jdbc.update("""
                INSERT INTO history_entry (family_id, sequence, type, occurred_at, actor, summary, details)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (family_id, sequence) DO NOTHING""", familyId, sequence, type, occurredAt, actor, summary, toJson(details));
    }

    private String toJson(Map<String, Object> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
