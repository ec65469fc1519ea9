package uk.earlyhelp.referral.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.personal.PersonalDataResources;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.referral.application.LegalHolds;

/** A legal hold keeps a family's data past its retention period (docs/personal-data.md). */
@Path("/api/v1/families/{familyId}/legal-hold")
@Tag(name = "Personal data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(PersonalDataResources.DATA_PROTECTION)
public class LegalHoldResource {

    /** Why the family's data must be kept: the officer's note, e.g. a court's reference; never the family's data. */
    public record HoldRequest(@NotBlank @Size(max = 500) String reason) {}

    @Inject
    LegalHolds holds;

    @Inject
    Caller caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "placeLegalHold",
            summary = "Place a legal hold",
            description = "The retention job skips the family until it is lifted.")
    public LegalHolds.Hold place(@PathParam("familyId") String familyId, @Valid @NotNull HoldRequest request) {
        return holds.place(familyId, request.reason(), caller);
    }

    @DELETE
    @Operation(operationId = "liftLegalHold", summary = "Lift the legal hold")
    public Response lift(@PathParam("familyId") String familyId) {
        if (!holds.lift(familyId, caller)) {
            throw ProblemException.notFound("Family " + familyId + " has no legal hold.");
        }
        return Response.noContent().build();
    }
}
