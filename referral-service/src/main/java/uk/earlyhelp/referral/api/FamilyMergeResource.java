package uk.earlyhelp.referral.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.referral.application.FamilyMerging;
import uk.earlyhelp.referral.application.ReferralAccess;

/** A duty officer merges a family into the one it turned out to be. */
@Path("/api/v1/families/{familyId}/merge")
@Tag(name = "Front door")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ReferralAccess.DUTY_OFFICER)
public class FamilyMergeResource {

    public record MergeRequest(
            @NotBlank @Size(max = 36) String into,
            @NotBlank @Size(max = 2_000) String reason) {}

    @Inject
    FamilyMerging merging;

    @Inject
    Caller caller;

    @POST
    @Operation(
            operationId = "mergeFamily",
            summary = "Merge this family into another",
            description = "Every referral of this family moves into the other (event FamiliesMerged); every service"
                    + " treats the two as one from then on, and the pair is claimed at most once.")
    public FamilyMerging.Merged merge(@PathParam("familyId") String familyId, @Valid @NotNull MergeRequest body) {
        return merging.merge(familyId, body.into().strip(), body.reason(), caller);
    }
}
