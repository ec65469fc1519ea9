package uk.earlyhelp.pbr.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import uk.earlyhelp.pbr.domain.AttachmentNoted;
import uk.earlyhelp.pbr.domain.EligibilityNoted;
import uk.earlyhelp.pbr.domain.EmploymentEndNoted;
import uk.earlyhelp.pbr.domain.EmploymentStartNoted;
import uk.earlyhelp.pbr.domain.FamilyClaimed;
import uk.earlyhelp.pbr.domain.FamilyFacts;
import uk.earlyhelp.pbr.domain.OutcomeNoted;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * Keeps {@code pbr_family}: each family's claim facts, folded with the same code as the aggregate. Each
 * fact applies once (by id), so a replay writes the same rows.
 */
@Singleton
@ProcessingGroup("pbr-family")
public class FamilyRecordProjection {

    private final Jdbc jdbc;
    private final ObjectMapper json;

    FamilyRecordProjection(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(EligibilityNoted event) {
        fold(event.familyId(), event);
    }

    @EventHandler
    void on(AttachmentNoted event) {
        fold(event.familyId(), event);
    }

    @EventHandler
    void on(OutcomeNoted event) {
        fold(event.familyId(), event);
    }

    @EventHandler
    void on(EmploymentStartNoted event) {
        fold(event.familyId(), event);
    }

    @EventHandler
    void on(EmploymentEndNoted event) {
        fold(event.familyId(), event);
    }

    @EventHandler
    void on(FamilyClaimed event) {
        fold(event.familyId(), event);
    }

    private void fold(String familyId, Object event) {
        FamilyFacts facts = jdbc.queryOne(
                        "SELECT facts::text AS facts FROM pbr_family WHERE family_id = ? FOR UPDATE",
                        row -> read(row.getString("facts")),
                        familyId)
                .orElse(FamilyFacts.none(familyId))
                .apply(event);
        jdbc.update(
                """
                INSERT INTO pbr_family (family_id, council, attached_on, attached_while_eligible, claimed_batch_id, facts)
                VALUES (?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (family_id) DO UPDATE SET council = EXCLUDED.council, attached_on = EXCLUDED.attached_on,
                    attached_while_eligible = EXCLUDED.attached_while_eligible,
                    claimed_batch_id = EXCLUDED.claimed_batch_id, facts = EXCLUDED.facts""",
                familyId,
                facts.council(),
                facts.attachedOn(),
                facts.attachedWhileEligible(),
                facts.claimedInBatch(),
                write(facts));
    }

    private FamilyFacts read(String text) {
        try {
            return json.readValue(text, FamilyFacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable family facts", e);
        }
    }

    private String write(FamilyFacts facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write family facts", e);
        }
    }
}
