package uk.earlyhelp.pbr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import uk.earlyhelp.pbr.domain.batch.Adjustment;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * Submitted claims that no longer rest on proof, owed back to the ministry ({@code claim_adjustment}): each is
 * carried by the council's next draft, released again if that draft is discarded, settled once it is submitted.
 */
@ApplicationScoped
public class Adjustments {

    @Inject
    Jdbc jdbc;

    /** Owes the claim back, once per family, however often its outcomes are retracted. */
    void owe(String familyId, String council, String claimedInBatch, long claimedPence, String reason, Instant at) {
        jdbc.update("""
                INSERT INTO claim_adjustment (family_id, council, claimed_batch_id, amount_pence, reason, owed_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (family_id) DO NOTHING""", familyId, council, claimedInBatch, -claimedPence, reason, at);
    }

    /** The council's adjustments not yet carried by any batch, now carried by {@code batchId}. */
    List<Adjustment> carry(String batchId, String council) {
        return jdbc.query(
                """
                UPDATE claim_adjustment SET carried_in_batch = ? WHERE council = ? AND carried_in_batch IS NULL
                RETURNING family_id, claimed_batch_id, amount_pence, reason""",
                row -> new Adjustment(
                        row.getString("family_id"),
                        row.getString("claimed_batch_id"),
                        row.getLong("amount_pence"),
                        row.getString("reason")),
                batchId,
                council);
    }

    /** {@code batchId} no longer carries its adjustments (rebuilt or discarded): the next draft takes them. */
    void release(String batchId) {
        jdbc.update("UPDATE claim_adjustment SET carried_in_batch = NULL WHERE carried_in_batch = ?", batchId);
    }
}
