package uk.earlyhelp.pbr.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.earlyhelp.pbr.application.Progress;
import uk.earlyhelp.pbr.application.ProgressReport;
import uk.earlyhelp.platform.security.Caller;

/** {@code GET /api/v1/progress}: the caller's council's progress to target. */
@Path("/api/v1/progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    private final ProgressReport progress;
    private final Caller caller;

    ProgressResource(ProgressReport progress, Caller caller) {
        this.progress = progress;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(ClaimBatchResource.FINANCE_OFFICER)
    public Progress get() {
        return progress.of(caller.council());
    }
}
