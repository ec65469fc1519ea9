package uk.earlyhelp.pbr.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyFacts;
import uk.earlyhelp.platform.jdbc.BatchedWrites;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** The {@code pbr_family} table: each family's claim facts as {@link FamilyRecordProjection} folds them. */
@ApplicationScoped
public class FamilyRecords {

    @Inject
    Jdbc jdbc;

    @Inject
    ObjectMapper json;

    @Inject
    BatchedWrites writes;

    public Optional<FamilyFacts> facts(String familyId) {
        return facts(familyId, "");
    }

    /** The family's facts, its row locked until the transaction ends, so that its events fold one at a time. */
    Optional<FamilyFacts> factsForUpdate(String familyId) {
        return facts(familyId, " FOR UPDATE");
    }

    private Optional<FamilyFacts> facts(String familyId, String lock) {
        return jdbc.queryOne(
                "SELECT facts::text AS facts FROM pbr_family WHERE family_id = ?" + lock,
                row -> read(row.getString("facts")),
                familyId);
    }

    /** Replaces the family's row with its facts as folded so far; with the processor batch, after its other writes. */
    void save(FamilyFacts facts) {
        writes.inOrder(
                facts.familyId(),
                """
                INSERT INTO pbr_family (family_id, council, attached_on, attached_while_eligible, claimed_batch_id, facts)
                VALUES (?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (family_id) DO UPDATE SET council = EXCLUDED.council, attached_on = EXCLUDED.attached_on,
                    attached_while_eligible = EXCLUDED.attached_while_eligible,
                    claimed_batch_id = EXCLUDED.claimed_batch_id, facts = EXCLUDED.facts""",
                facts.familyId(),
                facts.council(),
                facts.attachedOn(),
                facts.attachedWhileEligible(),
                facts.claimedInBatch(),
                write(facts));
    }

    /** Evidence for the family (an outcome, an employment spell) arrived at {@code at}. */
    void evidenceNoted(String familyId, Instant at) {
        writes.inOrder(
                familyId,
                "UPDATE pbr_family SET evidence_at = ? WHERE family_id = ? AND (evidence_at IS NULL OR evidence_at < ?)",
                at,
                familyId,
                at);
    }

    /**
     * Each of the council's families attached while eligible by {@code windowEnd}, never claimed, in no batch, not
     * held back by a failed spot check without newer evidence, and not one of a merged pair claimed already (a family
     * merged away is never claimed after the merge); read a thousand at a time: a national batch's
     * candidates need not fit in memory at once.
     */
    public void forEachCandidate(String council, LocalDate windowEnd, Consumer<FamilyFacts> each) {
        jdbc.forEach("""
                SELECT f.facts::text AS facts FROM pbr_family f
                WHERE f.council = ? AND f.attached_while_eligible AND f.attached_on <= ? AND f.claimed_batch_id IS NULL
                  AND NOT EXISTS (SELECT 1 FROM claim_batch_family b WHERE b.family_id = f.family_id)
                  AND NOT EXISTS (SELECT 1 FROM audit_failure a WHERE a.family_id = f.family_id
                                  AND (f.evidence_at IS NULL OR f.evidence_at <= a.failed_at))
                  AND NOT EXISTS (SELECT 1 FROM family_merge m WHERE m.family_id = f.family_id)
                  AND NOT EXISTS (SELECT 1 FROM family_merge m JOIN pbr_family o ON o.family_id = m.family_id
                                  WHERE m.into_family_id = f.family_id
                                    AND (o.claimed_batch_id IS NOT NULL
                                         OR EXISTS (SELECT 1 FROM claim_batch_family b WHERE b.family_id = o.family_id)))
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

    private String write(FamilyFacts facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write family facts", e);
        }
    }
}
