package uk.earlyhelp.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;
import uk.earlyhelp.casework.projection.InsightsProjection;
import uk.earlyhelp.casework.projection.ProjectionRebuild;
import uk.earlyhelp.platform.api.ProblemException;

/**
 * Rebuilds read models from the event store (role {@code manager}). Each answers 202 once the tables are
 * emptied and the replay has started; the replay fills them in the background. The read models hold every
 * council's cases, so this is a whole-service operation. The insights have their own endpoint so that
 * rebuilding one read model does not replay the other.
 */
@Path("/api/v1/admin/projections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("manager")
public class AdminResource {

    private final ProjectionRebuild rebuild;

    AdminResource(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** The plan history and case list. */
    @POST
    @Path("/rebuild")
    public Response rebuild() {
        return replaying(() -> rebuild.rebuild());
    }

    /** The outcomes dashboard's facts. */
    @POST
    @Path("/insights/rebuild")
    public Response rebuildInsights() {
        return replaying(() -> rebuild.rebuild(InsightsProjection.PROCESSING_GROUP));
    }

    private static Response replaying(Supplier<String> reset) {
        try {
            return Response.accepted(Map.of("processor", reset.get(), "status", "REPLAYING"))
                    .build();
        } catch (ProjectionRebuild.ProcessorBusy busy) {
            throw ProblemException.conflict(busy.getMessage());
        }
    }
}
