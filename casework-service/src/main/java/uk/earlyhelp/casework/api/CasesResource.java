package uk.earlyhelp.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.casework.domain.caserecord.CaseStage;
import uk.earlyhelp.casework.projection.CasePage;
import uk.earlyhelp.casework.projection.Histories;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.api.QueryParameters;
import uk.earlyhelp.platform.security.Caller;

/** The caller's council's cases, filtered by stage ({@code status}) and lead practitioner, a page at a time. */
@Path("/api/v1/cases")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

    @Inject
    Histories histories;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({"caseworker", "duty-officer", "manager"})
    @Operation(
            operationId = "listCases",
            summary = "List the council's cases, a page at a time",
            description = "Optionally only those at one stage (`status`) or of one lead practitioner.")
    @APIResponse(responseCode = "200", description = "One page of cases")
    @APIResponse(
            responseCode = "400",
            description = "An unknown status, or a page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CasePage list(
            @QueryParam("status") String status,
            @QueryParam("practitioner") String practitioner,
            @QueryParam("page") String pageParameter,
            @QueryParam("size") String sizeParameter) {
        int page = QueryParameters.whole("page", pageParameter, 0, 0, Integer.MAX_VALUE);
        int size = QueryParameters.whole("size", sizeParameter, 20, 1, 200);
        if (status != null
                && Arrays.stream(CaseStage.values()).noneMatch(s -> s.name().equals(status))) {
            throw new ProblemException(
                    400,
                    "Bad Request",
                    "Unknown status " + status,
                    List.of(new Problem.FieldError("status", "one of " + Arrays.toString(CaseStage.values()))));
        }
        return histories.list(caller.council(), status, blankToNull(practitioner), page, size);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
