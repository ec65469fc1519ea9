package uk.earlyhelp.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.earlyhelp.casework.application.HistoryReading;
import uk.earlyhelp.casework.projection.FamilyHistory;

@Path("/api/v1/families/{familyId}/history")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @Inject
    HistoryReading reading;

    /** The plan history holds the family's goals and evidence in the practitioners' words: the read is logged. */
    @GET
    @RolesAllowed({"caseworker", "duty-officer", "manager"})
    public FamilyHistory get(@PathParam("familyId") String familyId) {
        return reading.read(familyId);
    }
}
