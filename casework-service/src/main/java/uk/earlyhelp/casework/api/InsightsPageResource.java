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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.casework.application.OutcomeReport;
import uk.earlyhelp.casework.application.OutcomesReporting;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.SessionCookieAuthentication;

/**
 * The outcomes dashboard's page for service managers (docs/domain.md, "Outcomes dashboard"), rendered here with its
 * figures so that it reads the same without JavaScript; {@code insights.js} adds the bar chart and changes period in
 * place. The page signs in with the session cookie ({@code POST /session}); signed out or in the wrong role the page
 * says so (with the matching status) instead of answering with a bare 401 or 403.
 */
@Path("/insights")
@PermitAll
@Tag(name = "Pages")
@SecurityRequirement(name = SessionCookieAuthentication.SCHEME, scopes = "manager")
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
    @Operation(operationId = "openOutcomesDashboard", summary = "The outcomes dashboard (a web page)")
    @APIResponse(responseCode = "200", description = "The dashboard")
    @APIResponse(responseCode = "400", description = "The dashboard, saying which date is wrong")
    @APIResponse(responseCode = "401", description = "The page, asking the manager to sign in")
    @APIResponse(responseCode = "403", description = "The page, saying it is for service managers")
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
    @Operation(
            operationId = "downloadOutcomes",
            summary = "The dashboard's figures as CSV, for the page's download link")
    @APIResponse(responseCode = "200", description = "The figures, one `figure,value` row each")
    @APIResponse(
            responseCode = "400",
            description = "A date that is not one, or a period that ends before it starts",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "403",
            description = "Not a service manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
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
