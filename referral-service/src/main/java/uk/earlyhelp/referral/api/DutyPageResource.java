package uk.earlyhelp.referral.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.platform.security.SessionCookieAuthentication;
import uk.earlyhelp.referral.application.FrontDoor;
import uk.earlyhelp.referral.application.ReferralReading;
import uk.earlyhelp.referral.projection.ReferralView;

/**
 * {@code /duty}, the address a duty officer is given, leads to the duty screen's page; the page's own routes here
 * take its session cookie (the APIs do not).
 */
@Path("/duty")
@Tag(name = "Pages")
public class DutyPageResource {

    /** The names the duty screen reveals on request; empty once the family's personal data is erased. */
    public record Names(List<String> names, boolean personalDataErased) {}

    @Inject
    ReferralReading reading;

    @Inject
    FrontDoor frontDoor;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "openDutyScreen", summary = "The First Response duty screen (a web page)")
    @SecurityRequirements // none: the page itself asks the officer to sign in
    @APIResponse(responseCode = "303", description = "To the duty screen's page, /duty/index.html")
    public Response page() {
        return Response.seeOther(URI.create("/duty/index.html")).build();
    }

    @GET
    @Path("/referrals/{referralId}/names")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("duty-officer")
    @SecurityRequirement(name = SessionCookieAuthentication.SCHEME, scopes = "duty-officer")
    @Operation(
            operationId = "readReferralNames",
            summary = "The family members' names of one referral, for the duty screen (the read is logged)")
    @APIResponse(responseCode = "200", description = "The names; none once the family's personal data is erased")
    @APIResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "403",
            description = "Not a duty officer, or another council's referral",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Names names(@PathParam("referralId") String referralId) {
        ReferralView referral = reading.read(referralId, caller);
        if (referral.personalDataErased()) {
            return new Names(List.of(), true);
        }
        return new Names(
                referral.details().household().members().stream()
                        .map(member -> member.givenName() + " " + member.familyName())
                        .toList(),
                false);
    }

    /** The duty screen's triage form: the same use case as the API's, signed in with the page's cookie. */
    @POST
    @Path("/families/{familyId}/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("duty-officer")
    @SecurityRequirement(name = SessionCookieAuthentication.SCHEME, scopes = "duty-officer")
    @Operation(
            operationId = "triageFamilyFromDutyScreen",
            summary = "Triage a family from the duty screen (as POST /api/v1/families/{familyId}/triage)")
    @APIResponse(responseCode = "200", description = "The triage is recorded")
    @APIResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "403",
            description = "Not a duty officer",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public FrontDoor.Recorded triage(
            @PathParam("familyId") String familyId, @Valid @NotNull FrontDoorRequests.Triage body) {
        return frontDoor.triage(familyId, body.outcome(), body.team(), body.signpostedTo(), body.reason(), caller);
    }
}
