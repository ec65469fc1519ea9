package uk.earlyhelp.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.casework.application.ProjectionRebuilding;
import uk.earlyhelp.platform.axon.ProjectionRebuilds;
import uk.earlyhelp.platform.security.Roles;

/**
 * Rebuilds read models from the event store (role {@code operator}). A POST answers 202 once the rebuild has
 * started; it fills fresh tables in the background and swaps them in when it has caught up, while the live tables
 * keep answering. A GET on the same path says where the rebuild stands ({@code REBUILDING}, {@code SWAPPED} or
 * {@code STALLED} with its error). The read models hold every council's cases, so this is a whole-service
 * operation; the insights have their own path so that rebuilding one read model does not replay the other.
 */
@Path("/api/v1/admin/projections")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class AdminResource {

    @Inject
    ProjectionRebuilding rebuilding;

    @POST
    @Path("/rebuild")
    @Operation(operationId = "rebuildCaseProjections", summary = "Rebuild the plan histories and case list")
    @APIResponse(
            responseCode = "202",
            description = "The rebuild has started (or was already under way): where it stands")
    public Response rebuild() {
        return started(rebuilding.rebuildHistories());
    }

    @GET
    @Path("/rebuild")
    @Operation(
            operationId = "readCaseProjectionsRebuild",
            summary = "Where the rebuild of the plan histories and case list stands")
    public ProjectionRebuilds.Status rebuildStatus() {
        return rebuilding.historiesStatus();
    }

    @POST
    @Path("/insights/rebuild")
    @Operation(operationId = "rebuildInsightsProjection", summary = "Rebuild the outcomes dashboard's facts")
    @APIResponse(
            responseCode = "202",
            description = "The rebuild has started (or was already under way): where it stands")
    public Response rebuildInsights() {
        return started(rebuilding.rebuildInsights());
    }

    @GET
    @Path("/insights/rebuild")
    @Operation(
            operationId = "readInsightsProjectionRebuild",
            summary = "Where the rebuild of the outcomes dashboard's facts stands")
    public ProjectionRebuilds.Status rebuildInsightsStatus() {
        return rebuilding.insightsStatus();
    }

    private static Response started(ProjectionRebuilds.Status status) {
        return Response.accepted(status).build();
    }
}
