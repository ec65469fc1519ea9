package uk.earlyhelp.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * Pairs of families that may be one (docs/domain.md, "Front door"), found at intake and listed for a duty officer
 * until merged or dismissed (table {@code possible_duplicate}). A pair is listed once: a dismissed pair is not
 * listed again.
 */
@ApplicationScoped
public class PossibleDuplicates {

    public record PossibleDuplicate(
            String id, String familyId, String otherFamilyId, String reason, Instant detectedAt, String state) {}

    @Inject
    Jdbc jdbc;

    void found(String council, String familyId, List<FamilyIndex.Near> nearMatches, Instant at) {
        for (FamilyIndex.Near near : nearMatches) {
            jdbc.update("""
                    INSERT INTO possible_duplicate (id, council, family_id, other_family_id, reason, detected_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", UUID.randomUUID().toString(), council, familyId, near.familyId(), near.reason(), at);
        }
    }

    public List<PossibleDuplicate> open(String council) {
        return jdbc.query(
                "SELECT * FROM possible_duplicate WHERE council = ? AND state = 'OPEN' ORDER BY detected_at, id",
                PossibleDuplicates::row,
                council);
    }

    Optional<PossibleDuplicate> of(String id, String council) {
        return jdbc.queryOne(
                "SELECT * FROM possible_duplicate WHERE id = ? AND council = ?", PossibleDuplicates::row, id, council);
    }

    /** Closes an open pair; false if it was no longer open (someone else resolved it first). */
    boolean resolve(String id, String state, String by, String resolution, Instant at) {
        return jdbc.update("""
                        UPDATE possible_duplicate SET state = ?, resolved_by = ?, resolution = ?, resolved_at = ?
                        WHERE id = ? AND state = 'OPEN'""", state, by, resolution, at, id) == 1;
    }

    /** A merge closes the pair of the two families, if it was listed. */
    void merged(String familyId, String intoFamilyId, String by, Instant at) {
        jdbc.update("""
                UPDATE possible_duplicate SET state = 'MERGED', resolved_by = ?, resolved_at = ?,
                  resolution = 'Merged into ' || ?
                WHERE state = 'OPEN' AND (family_id = ? OR other_family_id = ?)
                  AND (family_id = ? OR other_family_id = ?)""", by, at, intoFamilyId, familyId, familyId, intoFamilyId, intoFamilyId);
    }

    private static PossibleDuplicate row(java.sql.ResultSet row) throws java.sql.SQLException {
        return new PossibleDuplicate(
                row.getString("id"),
                row.getString("family_id"),
                row.getString("other_family_id"),
                row.getString("reason"),
                Jdbc.instant(row, "detected_at"),
                row.getString("state"));
    }
}
