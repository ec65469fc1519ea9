package uk.earlyhelp.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.earlyhelp.casework.projection.FamilyHistory;
import uk.earlyhelp.casework.projection.Histories;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;

@Path("/api/v1/families/{familyId}/history")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    private final Histories histories;
    private final Caller caller;

    HistoryResource(Histories histories, Caller caller) {
        this.histories = histories;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"caseworker", "duty-officer", "manager"})
    public FamilyHistory get(@PathParam("familyId") String familyId) {
        FamilyHistory history = histories
                .forFamily(familyId)
                .orElseThrow(() -> ProblemException.notFound("No case for family " + familyId));
        caller.requireCouncil(history.council());
        return history;
    }
}
