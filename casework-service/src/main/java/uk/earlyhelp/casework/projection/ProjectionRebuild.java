package uk.earlyhelp.casework.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import uk.earlyhelp.platform.axon.AxonRuntime;

/**
 * Rebuilds a projection's read models from the event store: stops its processor, resets its token (its
 * reset handler empties the tables, before this returns) and starts it again; it then replays every event
 * from the first. The tables fill up again in the background.
 */
@ApplicationScoped
public class ProjectionRebuild {

    @Inject
    AxonRuntime axon;

    /** The plan history and case list ({@code family-history}). */
    public String rebuild() {
        return rebuild(HistoryProjection.PROCESSING_GROUP);
    }

    /**
     * Resetting needs this instance to hold the processor's token claim. Just after a restart (or with a second
     * instance running) another owner may still hold it until its claim times out; then nothing is reset, the
     * processor carries on where it was, and {@link ProcessorBusy} says to try again.
     */
    public synchronized String rebuild(String processingGroup) {
        TrackingEventProcessor processor = axon.trackingProcessor(processingGroup);
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException heldElsewhere) {
            throw new ProcessorBusy(processingGroup, heldElsewhere);
        } finally {
            processor.start();
        }
        return processingGroup;
    }

    /** The processor's token is claimed by another (or a just-killed) instance. */
    public static final class ProcessorBusy extends RuntimeException {
        ProcessorBusy(String processingGroup, Throwable cause) {
            super(
                    "The " + processingGroup + " projection is held by another instance (or one that has just"
                            + " stopped, until its claim times out); nothing was reset. Try again in a few seconds.",
                    cause);
        }
    }
}
