package uk.earlyhelp.pbr.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.pbr.application.ClaimBatchApproval;
import uk.earlyhelp.pbr.application.ClaimBatchAudit;
import uk.earlyhelp.pbr.application.ClaimBatchBuilding;
import uk.earlyhelp.pbr.application.ClaimBatchDiscarding;
import uk.earlyhelp.pbr.application.ClaimBatchExport;
import uk.earlyhelp.pbr.application.ClaimBatchReading;
import uk.earlyhelp.pbr.application.ClaimBatchSubmission;
import uk.earlyhelp.pbr.application.ProgressReport;
import uk.earlyhelp.pbr.domain.batch.AuditResult;
import uk.earlyhelp.pbr.projection.ClaimBatchView;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.platform.security.SessionCookieAuthentication;

/**
 * The finance officers' page ({@code /claims}): their council's batches, building one for a window end, a batch with
 * its families, the audit sample's spot checks, approval, submission, discarding and the CSV download. Rendered on
 * the server with plain forms (post, then redirect back), so it works without JavaScript; it signs in with the
 * session cookie ({@code POST /session}). Each action is the same use case the API calls; a refusal is shown on the
 * page with the matching status instead of problem+json.
 */
@Path("/claims")
@PermitAll
@Tag(name = "Pages")
@SecurityRequirement(name = SessionCookieAuthentication.SCHEME, scopes = ClaimBatchResource.FINANCE_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class ClaimsPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ClaimsPage page);

        static native TemplateInstance batch(ClaimsPage page);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    Caller caller;

    @Inject
    ClaimBatchReading reading;

    @Inject
    ClaimBatchBuilding building;

    @Inject
    ClaimBatchAudit audit;

    @Inject
    ClaimBatchApproval approval;

    @Inject
    ClaimBatchSubmission submission;

    @Inject
    ClaimBatchDiscarding discarding;

    @Inject
    ClaimBatchExport exports;

    @Inject
    ProgressReport progress;

    @GET
    @Operation(operationId = "openClaimsPage", summary = "The finance officers' claims page (a web page)")
    @APIResponse(responseCode = "200", description = "The council's batches and its progress")
    @APIResponse(responseCode = "401", description = "The page, asking the officer to sign in")
    @APIResponse(responseCode = "403", description = "The page, saying it is for finance officers")
    public Response list() {
        return signedIn().orElseGet(() -> listPage(200, null, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "buildClaimBatchFromPage", summary = "Build a batch from the claims page")
    @APIResponse(responseCode = "303", description = "Built: on to the new batch's page")
    @APIResponse(responseCode = "401", description = "The page, asking the officer to sign in")
    @APIResponse(responseCode = "403", description = "The page, saying it is for finance officers")
    @APIResponse(responseCode = "4XX", description = "The page, saying why the change was refused (its status)")
    public Response build(@FormParam("windowEnd") String windowEnd) {
        return signedIn().orElseGet(() -> {
            LocalDate end;
            try {
                end = LocalDate.parse(windowEnd == null ? "" : windowEnd.strip());
            } catch (DateTimeParseException notADate) {
                return listPage(400, "The window end is not a date (YYYY-MM-DD): " + windowEnd, windowEnd);
            }
            try {
                ClaimBatchView batch = building.build(caller.council(), end, caller.subject());
                return Response.seeOther(URI.create("/claims/" + batch.batchId()))
                        .build();
            } catch (ProblemException refused) {
                return listPage(refused.toProblem().status(), refused.getMessage(), windowEnd);
            }
        });
    }

    @GET
    @Path("/{batchId}")
    @Operation(operationId = "openClaimBatchPage", summary = "One batch on the claims page")
    @APIResponse(responseCode = "200", description = "The batch with its families")
    @APIResponse(responseCode = "401", description = "The page, asking the officer to sign in")
    @APIResponse(responseCode = "403", description = "The page, saying it is for finance officers")
    @APIResponse(responseCode = "404", description = "The claims page, saying there is no such batch")
    public Response batch(@PathParam("batchId") String batchId) {
        return signedIn().orElseGet(() -> batchPage(batchId, 200, null));
    }

    @POST
    @Path("/{batchId}/audit-results")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "recordAuditResultFromPage", summary = "Record a spot check from the claims page")
    @APIResponse(responseCode = "303", description = "Recorded: back to the batch's page")
    @APIResponse(responseCode = "401", description = "The page, asking the officer to sign in")
    @APIResponse(responseCode = "403", description = "The page, saying it is for finance officers")
    @APIResponse(responseCode = "4XX", description = "The page, saying why the change was refused (its status)")
    public Response auditResult(
            @PathParam("batchId") String batchId,
            @FormParam("familyId") String familyId,
            @FormParam("result") String result,
            @FormParam("note") String note) {
        return act(batchId, () -> {
            if (result == null || !(result.equals("PASS") || result.equals("FAIL"))) {
                throw ProblemException.unprocessable("result", "Choose PASS or FAIL for the spot check.");
            }
            audit.record(
                    batchId,
                    caller.council(),
                    familyId,
                    AuditResult.valueOf(result),
                    note == null || note.isBlank() ? null : note.strip(),
                    caller.subject());
        });
    }

    @POST
    @Path("/{batchId}/{action: approval|submission|discard|rebuild}")
    @Operation(
            operationId = "changeClaimBatchFromPage",
            summary = "Approve, submit, discard or rebuild a batch from the claims page")
    @APIResponse(responseCode = "303", description = "Done: back to the batch's page")
    @APIResponse(responseCode = "401", description = "The page, asking the officer to sign in")
    @APIResponse(responseCode = "403", description = "The page, saying it is for finance officers")
    @APIResponse(responseCode = "4XX", description = "The page, saying why the change was refused (its status)")
    public Response change(@PathParam("batchId") String batchId, @PathParam("action") String action) {
        return act(batchId, () -> {
            switch (action) {
                case "approval" -> approval.approve(batchId, caller.council(), caller.subject());
                case "submission" -> submission.submit(batchId, caller.council(), caller.subject());
                case "discard" -> discarding.discard(batchId, caller.council(), caller.subject());
                default -> building.rebuild(batchId, caller.council(), caller.subject());
            }
        });
    }

    @GET
    @Path("/{batchId}/export.csv")
    @Produces("text/csv")
    @Operation(operationId = "downloadClaimBatch", summary = "The batch's CSV, for the claims page's download link")
    @APIResponse(responseCode = "200", description = "The claim as CSV")
    @APIResponse(responseCode = "401", description = "The page, asking the officer to sign in")
    @APIResponse(responseCode = "403", description = "The page, saying it is for finance officers")
    public Response csv(@PathParam("batchId") String batchId) {
        return signedIn().orElseGet(() -> {
            return ClaimBatchResource.csvDownload(exports.export(batchId, caller.council()));
        });
    }

    /** Runs a change, then back to the batch (post, redirect, get); a refusal is shown on the batch's page. */
    private Response act(String batchId, Runnable change) {
        return signedIn().orElseGet(() -> {
            try {
                change.run();
                return Response.seeOther(URI.create("/claims/" + batchId)).build();
            } catch (ProblemException refused) {
                return batchPage(batchId, refused.toProblem().status(), refused.getMessage());
            }
        });
    }

    /** Signed out or in another role, the page says so, with the matching status, instead of a bare 401 or 403. */
    private Optional<Response> signedIn() {
        if (identity.isAnonymous()) {
            return Optional.of(render(401, () -> Templates.list(ClaimsPage.signIn("Sign in as a finance officer."))));
        }
        if (!identity.hasRole(ClaimBatchResource.FINANCE_OFFICER)) {
            return Optional.of(render(
                    403,
                    () -> Templates.list(ClaimsPage.signIn("This page is for finance officers; sign in as one."))));
        }
        return Optional.empty();
    }

    private Response listPage(int status, String message, String windowEnd) {
        String council = caller.council();
        return render(
                status,
                () -> Templates.list(ClaimsPage.list(
                        council, reading.list(council), progress.of(council).summary(), message, windowEnd)));
    }

    private Response batchPage(String batchId, int status, String message) {
        try {
            ClaimBatchView batch = reading.visible(batchId, caller.council());
            return render(status, () -> Templates.batch(ClaimsPage.batch(batch, message)));
        } catch (ProblemException unknown) {
            return listPage(unknown.toProblem().status(), unknown.getMessage(), null);
        }
    }

    private static Response render(int status, Supplier<TemplateInstance> page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.get().render())
                .build();
    }
}
