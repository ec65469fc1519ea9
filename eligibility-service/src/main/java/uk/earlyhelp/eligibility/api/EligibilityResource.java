package uk.earlyhelp.eligibility.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

    @Inject
    EligibilityLookup lookup;

    @GET
    @RolesAllowed({"duty-officer", "caseworker", "manager"})
    public FamilyEligibility get(@PathParam("familyId") String familyId) {
        return lookup.forFamily(familyId);
    }
}
