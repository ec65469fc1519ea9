package uk.earlyhelp.pbr.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** Families merged at the front door (table {@code family_merge}), so that a merged pair is claimed at most once. */
@ApplicationScoped
public class FamilyMerges {

    @Inject
    Jdbc jdbc;

    /**
     * A family in the batch that a merge noted since the batch was built bars from a claim, and why: it was merged
     * away (a family merged away is never claimed after the merge), or a family merged into it has been claimed (the
     * pair is claimed at most once). Building leaves such families out; a batch built before the merge still holds
     * them.
     */
    public record Barred(String familyId, String reason) {}

    public List<Barred> barredIn(String batchId) {
        return jdbc.query(
                """
                SELECT f.family_id, 'merged into family ' || m.into_family_id AS reason
                FROM claim_batch_family f JOIN family_merge m ON m.family_id = f.family_id
                WHERE f.batch_id = ?
                UNION ALL
                SELECT f.family_id, 'family ' || m.family_id || ', merged into it, was claimed in batch ' || o.batch_id
                FROM claim_batch_family f
                JOIN family_merge m ON m.into_family_id = f.family_id
                JOIN claim_batch_family o ON o.family_id = m.family_id
                JOIN claim_batch ob ON ob.batch_id = o.batch_id AND ob.state = 'SUBMITTED'
                WHERE f.batch_id = ?
                ORDER BY family_id""", row -> new Barred(row.getString("family_id"), row.getString("reason")), batchId, batchId);
    }

    /**
     * Notes that {@code familyId} joined {@code intoFamilyId}, keeping every row pointed at the family the chain ends
     * in (A into B, then B into C: A and B both into C), whichever of the two merges arrives first, so that the
     * one-merge-deep checks here and in {@link FamilyRecords#forEachCandidate} see a chain whole.
     */
    public void merged(String familyId, String intoFamilyId) {
        String into = jdbc.queryOne(
                        "SELECT into_family_id FROM family_merge WHERE family_id = ?",
                        row -> row.getString(1),
                        intoFamilyId)
                .orElse(intoFamilyId);
        jdbc.update(
                "INSERT INTO family_merge (family_id, into_family_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                familyId,
                into);
        jdbc.update("UPDATE family_merge SET into_family_id = ? WHERE into_family_id = ?", into, familyId);
    }
}
