package uk.earlyhelp.pbr.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.pbr.application.Progress;
import uk.earlyhelp.pbr.application.ProgressReport;
import uk.earlyhelp.platform.security.Caller;

/** {@code GET /api/v1/progress}: the caller's council's progress to target. */
@Path("/api/v1/progress")
@Tag(name = "Funding and progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    @Inject
    ProgressReport progress;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(ClaimBatchResource.FINANCE_OFFICER)
    @Operation(
            operationId = "readProgress",
            summary = "Read the council's progress: families attached and claimed to date, against its funded maximum")
    public Progress get() {
        return progress.of(caller.council());
    }
}
