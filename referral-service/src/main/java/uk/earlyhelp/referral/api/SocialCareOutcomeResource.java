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

/** A duty officer records social care's answer to a family's escalation. */
@Path("/api/v1/families/{familyId}/social-care-outcome")
@Tag(name = "Front door")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ReferralAccess.DUTY_OFFICER)
public class SocialCareOutcomeResource {

    @Inject
    FrontDoor frontDoor;

    @Inject
    Caller caller;

    @POST
    @Operation(
            operationId = "recordSocialCareOutcome",
            summary = "Record social care's answer to the family's escalation",
            description = "STEP_DOWN_TO_EARLY_HELP or NO_FURTHER_ACTION: eligibility decides the family again on its"
                    + " problems alone; OPEN_TO_SOCIAL_CARE: it stays escalated.")
    public FrontDoor.Recorded socialCareOutcome(
            @PathParam("familyId") String familyId, @Valid @NotNull FrontDoorRequests.SocialCareAnswer body) {
        return frontDoor.socialCareOutcome(familyId, body.outcome(), body.date(), body.reason(), caller);
    }
}
