package uk.earlyhelp.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.earlyhelp.casework.projection.HistoryProjection;
import uk.earlyhelp.casework.projection.InsightsProjection;
import uk.earlyhelp.casework.projection.ProjectionRebuild;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.platform.security.OperatorAudit;

/**
 * An operator rebuilds casework's read models from its event store (the plan histories and case list, or the
 * dashboard's facts), for every council at once; each request is audited. A processor held by another instance
 * answers 409 and resets nothing.
 */
@ApplicationScoped
public class ProjectionRebuilding {

    @Inject
    ProjectionRebuild rebuild;

    @Inject
    Caller caller;

    @Inject
    OperatorAudit audit;

    public String histories() {
        return rebuild(HistoryProjection.PROCESSING_GROUP);
    }

    public String insights() {
        return rebuild(InsightsProjection.PROCESSING_GROUP);
    }

    private String rebuild(String processingGroup) {
        audit.record(caller.name(), "projection rebuild", processingGroup);
        try {
            return rebuild.rebuild(processingGroup);
        } catch (ProjectionRebuild.ProcessorBusy busy) {
            throw ProblemException.conflict(busy.getMessage());
        }
    }
}
