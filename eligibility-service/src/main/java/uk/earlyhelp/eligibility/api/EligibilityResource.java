package uk.earlyhelp.eligibility.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.earlyhelp.eligibility.application.EligibilityLookup;
import uk.earlyhelp.eligibility.projection.FamilyEligibility;

@Path("/api/v1/families/{familyId}/eligibility")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    private final EligibilityLookup lookup;

    EligibilityResource(EligibilityLookup lookup) {
        this.lookup = lookup;
    }

    @GET
    @RolesAllowed({"duty-officer", "caseworker", "manager"})
    public FamilyEligibility get(@PathParam("familyId") String familyId) {
        return lookup.forFamily(familyId);
    }
}
