package uk.earlyhelp.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.casework.application.OutcomeReport;
import uk.earlyhelp.casework.application.OutcomesReporting;
import uk.earlyhelp.platform.api.Problem;

/**
 * The outcomes dashboard's figures (docs/domain.md, "Outcomes dashboard") for the caller's council: families attached
 * in {@code [from, to]} (ISO dates, either may be left out), optionally of one lead practitioner, as JSON or as CSV
 * ({@code figure,value}, one row per figure, named by its JSON path).
 */
@Path("/api/v1/insights")
@Tag(name = "Outcomes dashboard", description = "Service managers' figures on the council's attached families")
@RolesAllowed("manager")
public class InsightsResource {

    @Inject
    OutcomesReporting reporting;

    /** The lead practitioners of the council's attached families, for the dashboard's picker. */
    @GET
    @Path("/practitioners")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listPractitioners",
            summary = "List the lead practitioners of the council's attached families")
    public List<String> practitioners() {
        return reporting.practitioners();
    }

    @GET
    @Path("/outcomes")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(
            operationId = "readOutcomes",
            summary = "Read the outcomes dashboard's figures, as JSON or CSV",
            description = "Families attached between `from` and `to` (dates, either may be left out), optionally of"
                    + " one lead practitioner; `format=csv` answers one `figure,value` row per figure.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(
            responseCode = "400",
            description = "A date that is not one, a period that ends before it starts, or an unknown format",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response outcomes(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("practitioner") String practitioner,
            @QueryParam("format") String format) {
        OutcomeQuery query = OutcomeQuery.parse(from, to, practitioner);
        boolean csv = "csv".equals(format);
        if (format != null && !csv && !"json".equals(format)) {
            throw OutcomeQuery.badRequest("format", "format is json or csv, not " + format + ".");
        }
        OutcomeReport report = reporting.report(query.from(), query.to(), query.practitioner());
        if (!csv) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        return csv(report);
    }

    /** The report as a CSV download: one figure a line. */
    static Response csv(OutcomeReport report) {
        String body = "figure,value\n"
                + report.rows().stream().map(row -> row[0] + "," + row[1]).collect(Collectors.joining("\n", "", "\n"));
        return Response.ok(body, "text/csv")
                .header("Content-Disposition", "attachment; filename=\"outcomes.csv\"")
                .build();
    }
}
