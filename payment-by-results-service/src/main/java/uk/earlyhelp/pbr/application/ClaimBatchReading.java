package uk.earlyhelp.pbr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.earlyhelp.pbr.projection.ClaimBatchView;
import uk.earlyhelp.pbr.projection.ClaimBatches;
import uk.earlyhelp.platform.api.ProblemException;

/** A finance officer reads one of their council's batches. */
@ApplicationScoped
public class ClaimBatchReading {

    @Inject
    ClaimBatches batches;

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
