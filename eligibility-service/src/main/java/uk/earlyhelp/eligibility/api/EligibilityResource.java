package uk.earlyhelp.eligibility.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.eligibility.application.EligibilityLookup;
import uk.earlyhelp.eligibility.projection.FamilyEligibility;
import uk.earlyhelp.platform.api.Problem;

/** A family's eligibility for the Supporting Families programme, as decided from its referrals. */
@Path("/api/v1/families/{familyId}/eligibility")
@Tag(name = "Eligibility", description = "Whether a family is eligible for the Supporting Families programme, and why")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    @Inject
    EligibilityLookup lookup;

    @GET
    @RolesAllowed({"duty-officer", "caseworker", "manager"})
    @Operation(
            operationId = "readEligibility",
            summary = "Read a family's eligibility decision",
            description = "The latest decision (`current`) with its rule version, the headline problems counted, the"
                    + " referrals that evidenced them and the reason; every decision so far, oldest first, in"
                    + " `history`. A family merged into another answers for that other, whose id `familyId` gives.")
    @APIResponse(responseCode = "200", description = "The family's decisions")
    @APIResponse(
            responseCode = "404",
            description = "No decision for this family yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public FamilyEligibility get(@PathParam("familyId") String familyId) {
        return lookup.forFamily(familyId);
    }
}
