package uk.earlyhelp.platform.personal;

import io.quarkus.resteasy.reactive.server.EndpointDisabled;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;

/** Who read a family's personal data in this service, for the data-protection officer (docs/personal-data.md). */
@Path("/api/v1/families/{familyId}/access-log")
@Tag(name = "Personal data", description = "Subject access, erasure and the access log")
@Produces(MediaType.APPLICATION_JSON)
@EndpointDisabled(name = PersonalDataResources.ENABLED, stringValue = "false", disableIfMissing = true)
public class AccessLogResource {

    @Inject
    AccessLog accessLog;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(PersonalDataResources.DATA_PROTECTION)
    @Operation(
            summary = "Read a family's access log",
            description = "Every read of the family's personal data in this service: who, in which role, when, what.")
    @APIResponse(responseCode = "200", description = "The reads, oldest first")
    @APIResponse(
            responseCode = "403",
            description = "Not the data-protection role, or another council's family",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<AccessLog.Entry> get(@PathParam("familyId") String familyId) {
        List<AccessLog.Entry> entries = accessLog.forFamily(familyId);
        String council = caller.council();
        if (entries.stream().anyMatch(entry -> !entry.council().equals(council))) {
            throw ProblemException.forbidden("This family belongs to another council.");
        }
        return entries;
    }
}
