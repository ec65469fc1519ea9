package uk.earlyhelp.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
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

    private final ProjectionRebuild rebuild;
    private final Caller caller;
    private final OperatorAudit audit;

    ProjectionRebuilding(ProjectionRebuild rebuild, Caller caller, OperatorAudit audit) {
        this.rebuild = rebuild;
        this.caller = caller;
        this.audit = audit;
    }

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
