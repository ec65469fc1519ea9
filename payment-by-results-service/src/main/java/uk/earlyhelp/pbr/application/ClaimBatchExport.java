package uk.earlyhelp.pbr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.earlyhelp.pbr.projection.ClaimBatchView;

/** A finance officer exports one of their council's batches for the ministry, with the council's progress. */
@ApplicationScoped
public class ClaimBatchExport {

    @Inject
    ClaimBatchReading reading;

    @Inject
    ProgressReport progress;

    public ClaimExport export(String batchId, String council) {
        ClaimBatchView batch = reading.visible(batchId, council);
        return ClaimExport.of(batch, progress.of(batch.council()));
    }
}
