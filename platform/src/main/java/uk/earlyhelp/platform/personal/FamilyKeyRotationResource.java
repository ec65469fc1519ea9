package uk.earlyhelp.platform.personal;

import io.quarkus.resteasy.reactive.server.EndpointDisabled;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;

/**
 * Re-wraps every family key under the current master key version, while the service runs: a rotation
 * configures the new master key beside the old one, makes it current (a rolling restart), calls this, and
 * only then removes the old key from configuration.
 */
@Path("/api/v1/admin/family-keys/rotation")
@Tag(name = "Personal data")
@Produces(MediaType.APPLICATION_JSON)
@EndpointDisabled(name = PersonalDataResources.ENABLED, stringValue = "false", disableIfMissing = true)
public class FamilyKeyRotationResource {

    private static final Logger LOG = Logger.getLogger(FamilyKeyRotationResource.class);

    private final FamilyKeys keys;
    private final MasterKeys masterKeys;
    private final Caller caller;

    FamilyKeyRotationResource(FamilyKeys keys, MasterKeys masterKeys, Caller caller) {
        this.keys = keys;
        this.masterKeys = masterKeys;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(PersonalDataResources.DATA_PROTECTION)
    @Operation(
            summary = "Re-wrap the family keys under the current master key",
            description = "To the current master key version, or to `masterKeyVersion`. Idempotent; answers how many"
                    + " keys were re-wrapped and how many could not be unwrapped (their master key is not configured).")
    public FamilyKeys.Rotation rotate(@QueryParam("masterKeyVersion") String version) {
        String target = version == null || version.isBlank() ? masterKeys.masterKeyVersion() : version;
        if (masterKeys.version(target).isEmpty()) {
            throw new ProblemException(
                    422,
                    "Unprocessable Content",
                    "No master key version " + target + " is configured.",
                    List.of(new Problem.FieldError("masterKeyVersion", "not configured")));
        }
        FamilyKeys.Rotation rotation = keys.rewrap(target);
        LOG.infof(
                "%s re-wrapped %d family keys under master key version %s (%d unreadable)",
                caller.name(), rotation.rewrapped(), rotation.masterKeyVersion(), rotation.unreadable());
        return rotation;
    }
}
