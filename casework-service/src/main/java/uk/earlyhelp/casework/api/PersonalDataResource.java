package uk.earlyhelp.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.casework.application.SubjectAccessExport;
import uk.earlyhelp.casework.application.SubjectAccessExport.CaseworkPersonalData;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.personal.PersonalDataResources;

/**
 * The data-protection officer's subject access export of what casework holds about a family (docs/personal-data.md).
 */
@Path("/api/v1/families/{familyId}/personal-data")
@Tag(name = "Personal data", description = "Subject access and the access log (docs/personal-data.md)")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    @Inject
    SubjectAccessExport subjectAccess;

    @GET
    @RolesAllowed(PersonalDataResources.DATA_PROTECTION)
    @Operation(
            operationId = "exportPersonalData",
            summary = "Subject access export",
            description = "The family's case, plan history (goals, outcomes and their evidence, assessments) and"
                    + " access log. The read is logged.")
    @APIResponse(
            responseCode = "200",
            description = "The family's data",
            content = @Content(schema = @Schema(implementation = CaseworkPersonalData.class)))
    @APIResponse(responseCode = "403", description = "Another council's family, or not the data-protection role")
    @APIResponse(
            responseCode = "404",
            description = "Casework knows no such family",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CaseworkPersonalData export(@PathParam("familyId") String familyId) {
        return subjectAccess.export(familyId);
    }
}
