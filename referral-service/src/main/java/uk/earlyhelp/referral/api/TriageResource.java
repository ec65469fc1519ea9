package uk.earlyhelp.referral.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.referral.application.FrontDoor;
import uk.earlyhelp.referral.application.ReferralAccess;

/** A duty officer triages a family's referrals. */
@Path("/api/v1/families/{familyId}/triage")
@Tag(name = "Front door")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ReferralAccess.DUTY_OFFICER)
public class TriageResource {

    @Inject
    FrontDoor frontDoor;

    @Inject
    Caller caller;

    @POST
    @Operation(
            operationId = "triageFamily",
            summary = "Triage the family's referrals",
            description = "ACCEPT_FOR_EARLY_HELP (needs team; the family joins the team's allocation queue),"
                    + " SIGNPOST (needs signpostedTo), STEP_UP_TO_SOCIAL_CARE or NO_FURTHER_ACTION; reason always.")
    public FrontDoor.Recorded triage(
            @PathParam("familyId") String familyId, @Valid @NotNull FrontDoorRequests.Triage body) {
        return frontDoor.triage(familyId, body.outcome(), body.team(), body.signpostedTo(), body.reason(), caller);
    }
}
