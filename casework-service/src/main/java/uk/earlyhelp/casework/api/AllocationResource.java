package uk.earlyhelp.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.casework.application.AllocationReading;
import uk.earlyhelp.casework.projection.Allocations;

/** Who waits for a lead practitioner, and who carries which cases. */
@Path("/api/v1")
@Tag(name = "Allocation", description = "Families waiting for a lead practitioner, and who carries which cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"duty-officer", "caseworker", "manager"})
public class AllocationResource {

    @Inject
    AllocationReading reading;

    @GET
    @Path("/allocation-queue")
    @Operation(
            operationId = "listAllocationQueue",
            summary = "Families accepted for Early Help waiting for a lead practitioner, the longest waiting first",
            description = "Fed by First Response's triage; allocating a lead practitioner (or attaching the family"
                    + " with one) takes a family off.")
    public List<AllocationReading.QueuedFamily> queue(@QueryParam("team") @Size(max = 100) String team) {
        return reading.queue(blankAsNull(team));
    }

    @GET
    @Path("/caseloads")
    @Operation(operationId = "listCaseloads", summary = "Each lead practitioner's open cases, the busiest first")
    public List<Allocations.Caseload> caseloads(@QueryParam("team") @Size(max = 100) String team) {
        return reading.caseloads(blankAsNull(team));
    }

    private static String blankAsNull(String team) {
        return team == null || team.isBlank() ? null : team.strip();
    }
}
