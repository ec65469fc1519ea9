package uk.earlyhelp.casework.projection;

import jakarta.enterprise.context.ApplicationScoped;
import org.axonframework.eventhandling.TrackingEventProcessor;
import uk.earlyhelp.platform.axon.AxonRuntime;

/**
 * Rebuilds the plan-history read models from the event store: stops the {@code family-history} processor,
 * resets its token (its reset handler empties the tables, before this returns) and starts it again; it then
 * replays every event from the first. The tables fill up again in the background.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private final AxonRuntime axon;

    ProjectionRebuild(AxonRuntime axon) {
        this.axon = axon;
    }

    public synchronized String rebuild() {
        TrackingEventProcessor processor = axon.trackingProcessor(HistoryProjection.PROCESSING_GROUP);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return HistoryProjection.PROCESSING_GROUP;
    }
}
