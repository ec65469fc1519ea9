package uk.earlyhelp.pbr.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.pbr.application.Funding;
import uk.earlyhelp.platform.security.Caller;

/** The caller's council's funded maximum, from the ministry's allocation: no batch takes the council past it. */
@Path("/api/v1/funding")
@Tag(
        name = "Funding and progress",
        description = "The council's funded maximum from the ministry's allocation, and its progress towards it")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ClaimBatchResource.FINANCE_OFFICER)
public class FundingResource {

    /** The number of families the ministry funds the council for. */
    public record FundingRequest(
            @NotNull @Min(0) @Max(1_000_000) Integer fundedFamilies) {}

    @Inject
    Funding funding;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "readFunding",
            summary = "Read the council's funded maximum (the configured default until one is set)")
    public Funding.CouncilFunding get() {
        return funding.of(caller.council());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setFunding", summary = "Set the council's funded maximum from the ministry's allocation")
    public Funding.CouncilFunding set(@Valid @NotNull FundingRequest request) {
        return funding.set(caller.council(), request.fundedFamilies(), caller.subject());
    }
}
