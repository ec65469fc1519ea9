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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.personal.PersonalDataResources;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.referral.application.FamilyPersonalData;
import uk.earlyhelp.referral.application.PersonalDataErasure;
import uk.earlyhelp.referral.application.SubjectAccessExport;

/** The data-protection officer's subject access export and erasure of a family (docs/personal-data.md). */
@Path("/api/v1/families/{familyId}")
@Tag(name = "Personal data", description = "Subject access, erasure and the access log (docs/personal-data.md)")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    @Inject
    SubjectAccessExport subjectAccess;

    @Inject
    PersonalDataErasure erasure;

    @Inject
    Caller caller;

    @GET
    @Path("/personal-data")
    @RolesAllowed(PersonalDataResources.DATA_PROTECTION)
    @Operation(
            operationId = "exportPersonalData",
            summary = "Subject access export",
            description = "Everything referral-service holds about the family: its referrals with their personal"
                    + " details, decisions, case status, erasure and access log. The read is logged.")
    @APIResponse(
            responseCode = "200",
            description = "The family's data",
            content = @Content(schema = @Schema(implementation = FamilyPersonalData.class)))
    @APIResponse(responseCode = "403", description = "Another council's family, or not the data-protection role")
    @APIResponse(
            responseCode = "404",
            description = "No such family",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public FamilyPersonalData export(@PathParam("familyId") String familyId) {
        return subjectAccess.export(familyId, caller);
    }

    @POST
    @Path("/erasure")
    @RolesAllowed(PersonalDataResources.DATA_PROTECTION)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "requestErasure",
            summary = "Request the erasure of a family's personal data",
            description = "Records the request; a second data-protection officer confirms it"
                    + " (`POST .../erasure/confirmation`), and only then is the family's key deleted (its personal"
                    + " fields in the event store become unreadable), the read models purged and the family-erased"
                    + " event published, so every service erases too. Ids, problem codes, dates, decisions, outcomes"
                    + " and claims remain. Idempotent.")
    @APIResponse(responseCode = "202", description = "PENDING_CONFIRMATION, or ERASED when the family already is")
    @APIResponse(
            responseCode = "400",
            description = "Malformed request",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Another council's family, or not the data-protection role")
    @APIResponse(
            responseCode = "404",
            description = "No such family",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response erase(
            @PathParam("familyId") String familyId,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples =
                                                    @ExampleObject(
                                                            name = "A data subject's request",
                                                            value = ErasureRequest.EXAMPLE)))
                    @Valid
                    @NotNull
                    ErasureRequest request) {
        var status = erasure.request(familyId, request.reason(), request.requestedOn(), caller);
        return Response.accepted(Map.of("familyId", familyId, "status", status.name()))
                .build();
    }

    @POST
    @Path("/erasure/confirmation")
    @RolesAllowed(PersonalDataResources.DATA_PROTECTION)
    @Operation(
            operationId = "confirmErasure",
            summary = "Confirm a requested erasure",
            description = "A second data-protection officer (not the one who requested it) confirms the erasure,"
                    + " which then happens: the family's key is deleted, read models purged, the family-erased"
                    + " event published. Idempotent.")
    @APIResponse(responseCode = "202", description = "Erased here; the other services follow from the event")
    @APIResponse(
            responseCode = "403",
            description = "The requesting officer, another council's family, or not the data-protection role",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "No erasure was requested",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response confirmErasure(@PathParam("familyId") String familyId) {
        var status = erasure.confirm(familyId, caller);
        return Response.accepted(Map.of("familyId", familyId, "status", status.name()))
                .build();
    }
}
