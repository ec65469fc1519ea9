package uk.earlyhelp.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import uk.earlyhelp.casework.application.ProjectionRebuilding;
import uk.earlyhelp.platform.security.Roles;

/**
 * Rebuilds read models from the event store (role {@code manager}). Each answers 202 once the tables are
 * emptied and the replay has started; the replay fills them in the background. The read models hold every
 * council's cases, so this is a whole-service operation. The insights have their own endpoint so that
 * rebuilding one read model does not replay the other.
 */
@Path("/api/v1/admin/projections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class AdminResource {

    @Inject
    ProjectionRebuilding rebuilding;

    /** The plan history and case list. */
    @POST
    @Path("/rebuild")
    public Response rebuild() {
        return replaying(rebuilding.histories());
    }

    /** The outcomes dashboard's facts. */
    @POST
    @Path("/insights/rebuild")
    public Response rebuildInsights() {
        return replaying(rebuilding.insights());
    }

    private static Response replaying(String processor) {
        return Response.accepted(Map.of("processor", processor, "status", "REPLAYING"))
                .build();
    }
}
