package uk.earlyhelp.referral.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.referral.application.FamilyMerging;
import uk.earlyhelp.referral.application.PossibleDuplicates;
import uk.earlyhelp.referral.application.ReferralAccess;

/** Families that may be one, for a duty officer to merge or dismiss. */
@Path("/api/v1/possible-duplicates")
@Tag(name = "Front door")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ReferralAccess.DUTY_OFFICER)
public class PossibleDuplicatesResource {

    public record Dismissal(@NotBlank @Size(max = 2_000) String reason) {}

    @Inject
    PossibleDuplicates duplicates;

    @Inject
    FamilyMerging merging;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listPossibleDuplicates",
            summary = "The council's open possible duplicates, oldest first",
            description = "The same date of birth and postcode with a similar family name, or the same names and date"
                    + " of birth at another postcode.")
    public List<PossibleDuplicates.PossibleDuplicate> open() {
        return duplicates.open(caller.council());
    }

    @POST
    @Path("/{id}/dismissal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "dismissPossibleDuplicate",
            summary = "Record that the pair are two families: it is no longer listed")
    public PossibleDuplicates.PossibleDuplicate dismiss(@PathParam("id") String id, @Valid @NotNull Dismissal body) {
        return merging.dismiss(id, body.reason(), caller);
    }
}
