package uk.earlyhelp.pbr.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

    @Inject
    ProgressReport progress;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(ClaimBatchResource.FINANCE_OFFICER)
    public Progress get() {
        return progress.of(caller.council());
    }
}
