package uk.earlyhelp.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import uk.earlyhelp.casework.projection.HistoryProjection;
import uk.earlyhelp.casework.projection.InsightsProjection;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.axon.ProjectionRebuilds;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.platform.security.OperatorAudit;

/**
 * An operator rebuilds casework's read models from its event store (the plan histories and case list, or the
 * dashboard's facts), for every council at once; each request is audited. The rebuild fills fresh tables while the
 * live ones keep answering caseworkers, and swaps them in when it has caught up. A projection held by another
 * instance answers 409 and starts nothing.
 */
@ApplicationScoped
public class ProjectionRebuilding {

    @Inject
    ProjectionRebuilds rebuilds;

    @Inject
    HistoryProjection history;

    @Inject
    InsightsProjection insights;

    @Inject
    Caller caller;

    @Inject
    OperatorAudit audit;

    public ProjectionRebuilds.Status rebuildHistories() {
        return rebuild(HistoryProjection.PROCESSING_GROUP, history, HistoryProjection.TABLES.keySet());
    }

    public ProjectionRebuilds.Status rebuildInsights() {
        return rebuild(InsightsProjection.PROCESSING_GROUP, insights, InsightsProjection.TABLES.keySet());
    }

    public ProjectionRebuilds.Status historiesStatus() {
        return status(HistoryProjection.PROCESSING_GROUP);
    }

    public ProjectionRebuilds.Status insightsStatus() {
        return status(InsightsProjection.PROCESSING_GROUP);
    }

    private ProjectionRebuilds.Status rebuild(String processingGroup, Object projection, Collection<String> tables) {
        audit.record(caller.name(), "projection rebuild", processingGroup);
        try {
            return rebuilds.start(processingGroup, projection, tables);
        } catch (ProjectionRebuilds.ProcessorBusy busy) {
            throw ProblemException.conflict(busy.getMessage());
        }
    }

    private ProjectionRebuilds.Status status(String processingGroup) {
        return rebuilds.status(processingGroup)
                .orElseThrow(() -> ProblemException.notFound("No rebuild of " + processingGroup
                        + " has been started on this instance since it started; POST to start one."));
    }
}
