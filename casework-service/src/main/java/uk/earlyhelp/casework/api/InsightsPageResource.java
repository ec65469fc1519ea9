package uk.earlyhelp.casework.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.earlyhelp.casework.application.OutcomeReport;
import uk.earlyhelp.casework.application.OutcomesReporting;
import uk.earlyhelp.platform.api.ProblemException;

/**
 * The outcomes dashboard's page for service managers (docs/domain.md, "Outcomes dashboard"), rendered here with its
 * figures so that it reads the same without JavaScript; {@code insights.js} adds the bar chart and changes period in
 * place. The page signs in with the session cookie ({@code POST /session}); signed out or in the wrong role the page
 * says so (with the matching status) instead of answering with a bare 401 or 403.
 */
@Path("/insights")
@PermitAll
public class InsightsPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(InsightsPage page);
    }

    @Inject
    OutcomesReporting reporting;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The outcomes dashboard (a web page)")
    public Response page(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("practitioner") String practitioner) {
        if (identity.isAnonymous()) {
            return render(401, InsightsPage.signIn("Sign in as a service manager."));
        }
        if (!identity.hasRole("manager")) {
            return render(403, InsightsPage.signIn("This page is for service managers; sign in as one."));
        }
        List<String> practitioners = reporting.practitioners();
        OutcomeQuery query;
        try {
            query = OutcomeQuery.parse(from, to, practitioner);
        } catch (ProblemException badPeriod) {
            return render(400, InsightsPage.badPeriod(from, to, practitioner, practitioners, badPeriod.getMessage()));
        }
        OutcomeReport report = reporting.report(query.from(), query.to(), query.practitioner());
        return render(200, InsightsPage.of(from, to, practitioner, practitioners, report));
    }

    @GET
    @Path("/outcomes.csv")
    @Produces("text/csv")
    @RolesAllowed("manager")
    @Operation(summary = "The dashboard's figures as CSV, for the page's download link")
    public Response csv(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("practitioner") String practitioner) {
        OutcomeQuery query = OutcomeQuery.parse(from, to, practitioner);
        return InsightsResource.csv(reporting.report(query.from(), query.to(), query.practitioner()));
    }

    private static Response render(int status, InsightsPage page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.page(page).render())
                .build();
    }
}
