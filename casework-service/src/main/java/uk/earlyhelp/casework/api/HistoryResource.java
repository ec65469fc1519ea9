package uk.earlyhelp.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import uk.earlyhelp.casework.projection.FamilyHistory;
import uk.earlyhelp.casework.projection.Histories;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.personal.AccessLog;
import uk.earlyhelp.platform.security.Caller;

@Path("/api/v1/families/{familyId}/history")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    private static final List<String> READERS = List.of("caseworker", "duty-officer", "manager");

    private final Histories histories;
    private final AccessLog accessLog;
    private final Caller caller;

    HistoryResource(Histories histories, AccessLog accessLog, Caller caller) {
        this.histories = histories;
        this.accessLog = accessLog;
        this.caller = caller;
    }

    /** The plan history holds the family's goals and evidence in the practitioners' words: the read is logged. */
    @GET
    @RolesAllowed({"caseworker", "duty-officer", "manager"})
    @Transactional
    public FamilyHistory get(@PathParam("familyId") String familyId) {
        FamilyHistory history = histories
                .forFamily(familyId)
                .orElseThrow(() -> ProblemException.notFound("No case for family " + familyId));
        caller.requireCouncil(history.council());
        String role = READERS.stream().filter(caller::hasRole).findFirst().orElseThrow();
        accessLog.read(caller.name(), role, history.council(), familyId, "history", null);
        return history;
    }
}
