package uk.earlyhelp.pbr.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import uk.earlyhelp.pbr.domain.FamilyFacts;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** Queries on {@code pbr_family}. */
@ApplicationScoped
public class FamilyRecords {

    private final Jdbc jdbc;
    private final ObjectMapper json;

    FamilyRecords(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<FamilyFacts> facts(String familyId) {
        return jdbc.queryOne(
                "SELECT facts::text AS facts FROM pbr_family WHERE family_id = ?",
                row -> read(row.getString("facts")),
                familyId);
    }

    /**
     * Each of the council's families attached while eligible by {@code windowEnd}, never claimed and in no batch,
     * read a thousand at a time: a national batch's candidates need not fit in memory at once.
     */
    public void forEachCandidate(String council, LocalDate windowEnd, Consumer<FamilyFacts> each) {
        jdbc.forEach("""
                SELECT f.facts::text AS facts FROM pbr_family f
                WHERE f.council = ? AND f.attached_while_eligible AND f.attached_on <= ? AND f.claimed_batch_id IS NULL
                  AND NOT EXISTS (SELECT 1 FROM claim_batch_family b WHERE b.family_id = f.family_id)
                ORDER BY f.family_id""", row -> read(row.getString("facts")), each, council, windowEnd);
    }

    /** Families of the council attached while eligible: they count towards its funded families. */
    public int attachedWhileEligible(String council) {
        return jdbc.queryOne(
                        "SELECT count(*) AS n FROM pbr_family WHERE council = ? AND attached_while_eligible",
                        row -> row.getInt("n"),
                        council)
                .orElse(0);
    }

    private FamilyFacts read(String text) {
        try {
            return json.readValue(text, FamilyFacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable family facts", e);
        }
    }
}
