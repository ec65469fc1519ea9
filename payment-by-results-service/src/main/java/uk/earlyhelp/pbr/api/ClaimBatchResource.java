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
import uk.earlyhelp.pbr.application.ClaimBatchApproval;
import uk.earlyhelp.pbr.application.ClaimBatchAudit;
import uk.earlyhelp.pbr.application.ClaimBatchBuilding;
import uk.earlyhelp.pbr.application.ClaimBatchDiscarding;
import uk.earlyhelp.pbr.application.ClaimBatchExport;
import uk.earlyhelp.pbr.application.ClaimBatchReading;
import uk.earlyhelp.pbr.application.ClaimBatchSubmission;
import uk.earlyhelp.pbr.application.ClaimExport;
import uk.earlyhelp.pbr.projection.ClaimBatchView;
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
    public Response build(@Valid @NotNull BuildRequest request) {
        ClaimBatchView batch = building.build(caller.council(), request.windowEnd(), caller.subject());
        return Response.created(URI.create("/api/v1/claim-batches/" + batch.batchId()))
                .entity(batch)
                .build();
    }

    @GET
    @Path("/{batchId}")
    public ClaimBatchView get(@PathParam("batchId") String batchId) {
        return reading.visible(batchId, caller.council());
    }

    @POST
    @Path("/{batchId}/rebuild")
    public ClaimBatchView rebuild(@PathParam("batchId") String batchId) {
        return building.rebuild(batchId, caller.council(), caller.subject());
    }

    @POST
    @Path("/{batchId}/audit-results")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClaimBatchView recordAuditResult(
            @PathParam("batchId") String batchId, @Valid @NotNull AuditResultRequest request) {
        return audit.record(
                batchId, caller.council(), request.familyId(), request.result(), request.note(), caller.subject());
    }

    /** By another finance officer than the one who drafted the batch ({@code sub}), once the sample is audited. */
    @POST
    @Path("/{batchId}/approval")
    public ClaimBatchView approve(@PathParam("batchId") String batchId) {
        return approval.approve(batchId, caller.council(), caller.subject());
    }

    @POST
    @Path("/{batchId}/submission")
    public ClaimBatchView submit(@PathParam("batchId") String batchId) {
        return submission.submit(batchId, caller.council(), caller.subject());
    }

    @POST
    @Path("/{batchId}/discard")
    public ClaimBatchView discard(@PathParam("batchId") String batchId) {
        return discarding.discard(batchId, caller.council(), caller.subject());
    }

    @GET
    @Path("/{batchId}/export")
    @Produces({CSV, MediaType.APPLICATION_JSON})
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
