package uk.earlyhelp.pbr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchState;
import uk.earlyhelp.pbr.projection.ClaimBatchView;
import uk.earlyhelp.pbr.projection.ClaimBatches;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** A finance officer reads their council's batches, or one of them. */
@ApplicationScoped
public class ClaimBatchReading {

    @Inject
    ClaimBatches batches;

    @Inject
    Jdbc jdbc;

    /** One line of the council's list of batches. */
    public record Listed(String batchId, ClaimBatchState state, LocalDate windowEnd, Instant createdAt, int families) {}

    /** The council's batches, newest first (a council makes a few a year). */
    public List<Listed> list(String council) {
        return jdbc.query(
                """
                SELECT b.batch_id, b.state, b.window_end, b.created_at,
                       (SELECT count(*) FROM claim_batch_family f WHERE f.batch_id = b.batch_id) AS families
                FROM claim_batch b WHERE b.council = ? ORDER BY b.created_at DESC, b.batch_id LIMIT 200""",
                row -> new Listed(
                        row.getString("batch_id"),
                        ClaimBatchState.valueOf(row.getString("state")),
                        row.getObject("window_end", LocalDate.class),
                        Jdbc.instant(row, "created_at"),
                        row.getInt("families")),
                council);
    }

    /** A batch of the caller's council: 404 when there is none, 403 when it is another council's. */
    public ClaimBatchView visible(String batchId, String council) {
        ClaimBatchView batch =
                batches.find(batchId).orElseThrow(() -> ProblemException.notFound("No claim batch " + batchId));
        if (!batch.council().equals(council)) {
            throw ProblemException.forbidden("This claim batch belongs to another council.");
        }
        return batch;
    }

    /** The batch as the change just made left it, for the answer to that change. */
    ClaimBatchView afterChange(String batchId) {
        return batches.find(batchId).orElseThrow(() -> new IllegalStateException("Batch " + batchId + " vanished"));
    }
}
