package uk.earlyhelp.pbr.application;

import jakarta.enterprise.context.ApplicationScoped;
import uk.earlyhelp.pbr.projection.ClaimBatchView;

/** A finance officer exports one of their council's batches for the ministry, with the council's progress. */
@ApplicationScoped
public class ClaimBatchExport {

    private final ClaimBatchReading reading;
    private final ProgressReport progress;

    ClaimBatchExport(ClaimBatchReading reading, ProgressReport progress) {
        this.reading = reading;
        this.progress = progress;
    }

    public ClaimExport export(String batchId, String council) {
        ClaimBatchView batch = reading.visible(batchId, council);
        return ClaimExport.of(batch, progress.of(batch.council()));
    }
}
