package uk.earlyhelp.referral.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /duty}, the address a duty officer is given, leads to the duty screen's page. */
@Path("/duty")
public class DutyPageResource {

    @GET
    @Operation(summary = "The First Response duty screen (a web page)")
    public Response page() {
        return Response.seeOther(URI.create("/duty/index.html")).build();
    }
}
