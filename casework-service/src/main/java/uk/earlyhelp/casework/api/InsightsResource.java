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
import uk.earlyhelp.casework.application.OutcomeReport;
import uk.earlyhelp.casework.application.OutcomesReporting;

/**
 * The outcomes dashboard's figures (docs/domain.md, "Outcomes dashboard") for the caller's council: families attached
 * in {@code [from, to]} (ISO dates, either may be left out), optionally of one lead practitioner, as JSON or as CSV
 * ({@code figure,value}, one row per figure, named by its JSON path).
 */
@Path("/api/v1/insights")
@RolesAllowed("manager")
public class InsightsResource {

    @Inject
    OutcomesReporting reporting;

    /** The lead practitioners of the council's attached families, for the dashboard's picker. */
    @GET
    @Path("/practitioners")
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> practitioners() {
        return reporting.practitioners();
    }

    @GET
    @Path("/outcomes")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
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
