package uk.earlyhelp.pbr.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.pbr.application.ClaimBatchApproval;
import uk.earlyhelp.pbr.application.ClaimBatchAudit;
import uk.earlyhelp.pbr.application.ClaimBatchBuilding;
import uk.earlyhelp.pbr.application.ClaimBatchDiscarding;
import uk.earlyhelp.pbr.application.ClaimBatchExport;
import uk.earlyhelp.pbr.application.ClaimBatchReading;
import uk.earlyhelp.pbr.application.ClaimBatchSubmission;
import uk.earlyhelp.pbr.application.ClaimExport;
import uk.earlyhelp.pbr.projection.ClaimBatchView;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;

/**
 * Claim batches for a finance officer of the batch's council (docs/domain.md, "Payment by results";
 * docs/api.md): build a draft for a window end, rebuild a draft ({@code POST .../rebuild}: the families
 * claimable by the same window end now, the audit seed kept), record the spot checks of the audit sample, approve
 * (another officer than the drafter), submit, discard, read and export. Each request is one use case in
 * {@code application}.
 */
@Path("/api/v1/claim-batches")
@Tag(
        name = "Claim batches",
        description = "Finance officers' payment-by-results claims to the ministry: build, spot-check, approve,"
                + " submit and export")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ClaimBatchResource.FINANCE_OFFICER)
public class ClaimBatchResource {

    static final String FINANCE_OFFICER = "finance-officer";
    static final String CSV = "text/csv";

    @Inject
    ClaimBatchBuilding building;

    @Inject
    ClaimBatchApproval approval;

    @Inject
    ClaimBatchSubmission submission;

    @Inject
    ClaimBatchAudit audit;

    @Inject
    ClaimBatchDiscarding discarding;

    @Inject
    ClaimBatchReading reading;

    @Inject
    ClaimBatchExport exports;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "buildClaimBatch",
            summary = "Build a draft claim batch of the families claimable by a window end")
    @APIResponse(
            responseCode = "201",
            description = "The draft batch, also at the Location",
            content = @Content(schema = @Schema(implementation = ClaimBatchView.class)))
    @APIResponse(
            responseCode = "422",
            description = "A window end after today",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response build(@Valid @NotNull BuildRequest request) {
        ClaimBatchView batch = building.build(caller.council(), request.windowEnd(), caller.subject());
        return Response.created(URI.create("/api/v1/claim-batches/" + batch.batchId()))
                .entity(batch)
                .build();
    }

    @GET
    @Path("/{batchId}")
    @Operation(
            operationId = "readClaimBatch",
            summary = "Read a claim batch: its state and families, each with its proof")
    @APIResponse(responseCode = "200", description = "The batch")
    @APIResponse(
            responseCode = "404",
            description = "No such batch",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ClaimBatchView get(@PathParam("batchId") String batchId) {
        return reading.visible(batchId, caller.council());
    }

    @POST
    @Path("/{batchId}/rebuild")
    @Operation(
            operationId = "rebuildClaimBatch",
            summary = "Rebuild a draft with the families claimable by its window end now")
    @APIResponse(responseCode = "200", description = "The draft, rebuilt")
    @APIResponse(
            responseCode = "404",
            description = "No such batch",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "Not allowed in the batch's state; the problem says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ClaimBatchView rebuild(@PathParam("batchId") String batchId) {
        return building.rebuild(batchId, caller.council(), caller.subject());
    }

    @POST
    @Path("/{batchId}/audit-results")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordAuditResult",
            summary = "Record a spot check of a family in the audit sample: PASS, or FAIL with a note")
    @APIResponse(responseCode = "200", description = "The draft, with the result")
    @APIResponse(
            responseCode = "404",
            description = "No such batch",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "Not allowed in the batch's state; the problem says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "422",
            description = "A family outside the audit sample, or a FAIL without a note",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ClaimBatchView recordAuditResult(
            @PathParam("batchId") String batchId, @Valid @NotNull AuditResultRequest request) {
        return audit.record(
                batchId, caller.council(), request.familyId(), request.result(), request.note(), caller.subject());
    }

    /** By another finance officer than the one who drafted the batch ({@code sub}), once the sample is audited. */
    @POST
    @Path("/{batchId}/approval")
    @Operation(
            operationId = "approveClaimBatch",
            summary = "Approve a draft batch (another finance officer than the one who drafted it)")
    @APIResponse(responseCode = "200", description = "The batch, approved")
    @APIResponse(
            responseCode = "403",
            description = "The officer who drafted the batch, or not a finance officer of its council",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No such batch",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "Not a draft, a sampled family without a spot check, or a family no longer claimable",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ClaimBatchView approve(@PathParam("batchId") String batchId) {
        return approval.approve(batchId, caller.council(), caller.subject());
    }

    @POST
    @Path("/{batchId}/submission")
    @Operation(operationId = "submitClaimBatch", summary = "Submit an approved batch to the ministry")
    @APIResponse(responseCode = "200", description = "The batch, submitted")
    @APIResponse(
            responseCode = "404",
            description = "No such batch",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "Not allowed in the batch's state; the problem says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ClaimBatchView submit(@PathParam("batchId") String batchId) {
        return submission.submit(batchId, caller.council(), caller.subject());
    }

    @POST
    @Path("/{batchId}/discard")
    @Operation(
            operationId = "discardClaimBatch",
            summary = "Discard a draft or approved batch: its families are free for the next one")
    @APIResponse(responseCode = "200", description = "The batch, discarded")
    @APIResponse(
            responseCode = "404",
            description = "No such batch",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "Not allowed in the batch's state; the problem says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ClaimBatchView discard(@PathParam("batchId") String batchId) {
        return discarding.discard(batchId, caller.council(), caller.subject());
    }

    @GET
    @Path("/{batchId}/export")
    @Produces({CSV, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "exportClaimBatch",
            summary = "Export the claim for the ministry, as CSV (the default) or JSON")
    @APIResponse(responseCode = "200", description = "The claim")
    @APIResponse(
            responseCode = "400",
            description = "A format other than csv or json",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No such batch",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response export(
            @PathParam("batchId") String batchId, @QueryParam("format") @DefaultValue("csv") String format) {
        if (!List.of("csv", "json").contains(format)) {
            throw new ProblemException(
                    400,
                    "Bad Request",
                    "format must be csv or json.",
                    List.of(new uk.earlyhelp.platform.api.Problem.FieldError("format", "csv or json")));
        }
        ClaimExport export = exports.export(batchId, caller.council());
        if (format.equals("json")) {
            return Response.ok(export, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return csvDownload(export);
    }

    /** The export as a CSV file download, written to the response line by line. */
    static Response csvDownload(ClaimExport export) {
        StreamingOutput csv = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            export.writeCsv(writer);
        };
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"claim-batch-" + export.batchId() + ".csv\"")
                .build();
    }
}
