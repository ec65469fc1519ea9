package uk.earlyhelp.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.casework.application.HistoryReading;
import uk.earlyhelp.casework.projection.FamilyHistory;

@Path("/api/v1/families/{familyId}/history")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @Inject
    HistoryReading reading;

    /** The plan history holds the family's goals and evidence in the practitioners' words: the read is logged. */
    @GET
    @RolesAllowed({"caseworker", "duty-officer", "manager"})
    @Operation(
            operationId = "readFamilyHistory",
            summary = "Read a family's case and plan history (the read is logged)")
    public FamilyHistory get(@PathParam("familyId") String familyId) {
        return reading.read(familyId);
    }
}
