package uk.earlyhelp.casework.projection;

import jakarta.enterprise.context.ApplicationScoped;
import org.axonframework.eventhandling.TrackingEventProcessor;
import uk.earlyhelp.platform.axon.AxonRuntime;

/**
 * Rebuilds a projection's read models from the event store: stops its processor, resets its token (its
 * reset handler empties the tables, before this returns) and starts it again; it then replays every event
 * from the first. The tables fill up again in the background.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private final AxonRuntime axon;

    ProjectionRebuild(AxonRuntime axon) {
        this.axon = axon;
    }

    /** The plan history and case list ({@code family-history}). */
    public String rebuild() {
        return rebuild(HistoryProjection.PROCESSING_GROUP);
    }

    public synchronized String rebuild(String processingGroup) {
        TrackingEventProcessor processor = axon.trackingProcessor(processingGroup);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return processingGroup;
    }
}
