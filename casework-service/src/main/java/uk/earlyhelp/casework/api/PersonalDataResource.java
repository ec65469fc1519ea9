package uk.earlyhelp.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.casework.projection.FamilyHistory;
import uk.earlyhelp.casework.projection.Histories;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.personal.AccessLog;
import uk.earlyhelp.platform.personal.PersonalDataResources;
import uk.earlyhelp.platform.security.Caller;

/** The data-protection officer's subject access export of what casework holds about a family (SPEC §8). */
@Path("/api/v1/families/{familyId}/personal-data")
@Tag(name = "Personal data", description = "Subject access and the access log (SPEC §8)")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    /** Everything casework holds about the family: its case and plan history, and who read them. */
    public record CaseworkPersonalData(
            String familyId, String council, boolean erased, FamilyHistory history, List<AccessLog.Entry> accessLog) {}

    private final Histories histories;
    private final AccessLog accessLog;
    private final Caller caller;

    PersonalDataResource(Histories histories, AccessLog accessLog, Caller caller) {
        this.histories = histories;
        this.accessLog = accessLog;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(PersonalDataResources.DATA_PROTECTION)
    @Transactional
    @Operation(
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
        FamilyHistory history = histories
                .forFamily(familyId)
                .orElseThrow(() -> ProblemException.notFound("No case for family " + familyId));
        caller.requireCouncil(history.council());
        accessLog.read(
                caller.name(),
                PersonalDataResources.DATA_PROTECTION,
                history.council(),
                familyId,
                "subject-access-export",
                null);
        return new CaseworkPersonalData(
                familyId, history.council(), history.personalDataErased(), history, accessLog.forFamily(familyId));
    }
}
