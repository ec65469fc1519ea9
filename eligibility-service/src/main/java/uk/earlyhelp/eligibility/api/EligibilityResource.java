package uk.earlyhelp.eligibility.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.earlyhelp.eligibility.projection.Decisions;
import uk.earlyhelp.eligibility.projection.FamilyEligibility;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;

@Path("/api/v1/families/{familyId}/eligibility")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    private final Decisions decisions;
    private final Caller caller;

    EligibilityResource(Decisions decisions, Caller caller) {
        this.decisions = decisions;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"duty-officer", "caseworker", "manager"})
    public FamilyEligibility get(@PathParam("familyId") String familyId) {
        FamilyEligibility eligibility = decisions
                .forFamily(familyId)
                .orElseThrow(() -> ProblemException.notFound("No eligibility decision for family " + familyId));
        caller.requireCouncil(eligibility.council());
        return eligibility;
    }
}
