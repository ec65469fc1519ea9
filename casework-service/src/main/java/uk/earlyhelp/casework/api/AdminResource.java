package uk.earlyhelp.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import uk.earlyhelp.casework.projection.ProjectionRebuild;

/**
 * Rebuilds the plan-history and case-list read models from the event store (role {@code manager}). It
 * answers 202 once the tables are emptied and the replay has started; the replay fills them in the
 * background. The read models hold every council's cases, so this is a whole-service operation.
 */
@Path("/api/v1/admin/projections/rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final ProjectionRebuild rebuild;

    AdminResource(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @RolesAllowed("manager")
    public Response rebuild() {
        String processor = rebuild.rebuild();
        return Response.accepted(Map.of("processor", processor, "status", "REPLAYING"))
                .build();
    }
}
