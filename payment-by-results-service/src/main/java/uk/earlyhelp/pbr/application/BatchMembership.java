package uk.earlyhelp.pbr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchState;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * Which batch each family is in, written in the same transaction as the batch's command. The primary key
 * on the family makes a second batch's claim on it a no-op, even when two builds run at once.
 */
@ApplicationScoped
public class BatchMembership {

    @Inject
    Jdbc jdbc;

    public void open(String batchId, String council, LocalDate windowEnd, Instant at) {
        jdbc.update(
                "INSERT INTO claim_batch (batch_id, council, state, window_end, created_at) VALUES (?, ?, ?, ?, ?)",
                batchId,
                council,
                ClaimBatchState.DRAFT,
                windowEnd,
                at);
    }

    /** Locks the batch's row until the transaction ends, so changes to one batch happen one at a time. */
    public Optional<ClaimBatchState> lock(String batchId) {
        return jdbc.queryOne(
                "SELECT state FROM claim_batch WHERE batch_id = ? FOR UPDATE",
                row -> ClaimBatchState.valueOf(row.getString("state")),
                batchId);
    }

    /** The families now in this batch, in one statement: those another batch holds are left out. */
    public Set<String> reserve(String batchId, String council, List<String> familyIds) {
        if (familyIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query("""
                INSERT INTO claim_batch_family (family_id, batch_id, council)
                SELECT family_id, ?, ? FROM unnest(?::text[]) AS family_id
                ON CONFLICT (family_id) DO NOTHING
                RETURNING family_id""", row -> row.getString("family_id"), batchId, council, familyIds));
    }

    /** The batch a family is in, with its state and window end; that batch's row locked until the transaction ends. */
    public record Held(String batchId, String council, ClaimBatchState state, LocalDate windowEnd) {}

    public Optional<Held> heldBy(String familyId) {
        return jdbc.queryOne(
                """
                SELECT b.batch_id, b.council, b.state, b.window_end
                FROM claim_batch_family f JOIN claim_batch b ON b.batch_id = f.batch_id
                WHERE f.family_id = ? FOR UPDATE OF b""",
                row -> new Held(
                        row.getString("batch_id"),
                        row.getString("council"),
                        ClaimBatchState.valueOf(row.getString("state")),
                        row.getObject("window_end", LocalDate.class)),
                familyId);
    }

    /** Takes one family out of the batch (a failed spot check): it is free for another batch. */
    public void release(String batchId, String familyId) {
        jdbc.update("DELETE FROM claim_batch_family WHERE batch_id = ? AND family_id = ?", batchId, familyId);
    }

    public void releaseAll(String batchId) {
        jdbc.update("DELETE FROM claim_batch_family WHERE batch_id = ?", batchId);
    }

    public void moveTo(String batchId, ClaimBatchState state) {
        jdbc.update("UPDATE claim_batch SET state = ? WHERE batch_id = ?", state, batchId);
    }

    /** Families of the council claimed or in a batch (draft, approved or submitted): its funded places taken. */
    public int claimedOrInBatches(String council) {
        return jdbc.queryOne(
                        "SELECT count(*) AS n FROM claim_batch_family WHERE council = ?",
                        row -> row.getInt("n"),
                        council)
                .orElse(0);
    }

    /** Families of the council in submitted batches: claimed to date. */
    public int claimedToDate(String council) {
        return jdbc.queryOne("""
                        SELECT count(*) AS n FROM claim_batch_family f JOIN claim_batch b ON b.batch_id = f.batch_id
                        WHERE b.council = ? AND b.state = 'SUBMITTED'""", row -> row.getInt("n"), council).orElse(0);
    }
}
