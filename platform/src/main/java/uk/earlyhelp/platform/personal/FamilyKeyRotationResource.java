package uk.earlyhelp.platform.personal;

import io.quarkus.resteasy.reactive.server.EndpointDisabled;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.platform.security.OperatorAudit;
import uk.earlyhelp.platform.security.Roles;

/**
 * Re-wraps every family key under the current master key version, while the service runs: a rotation
 * configures the new master key beside the old one, makes it current (a rolling restart), calls this, and
 * only then removes the old key from configuration. Only an operator may, only to the configured current
 * version (never to an older or a dev key named in the request), and each call is audited.
 */
@Path("/api/v1/admin/family-keys/rotation")
@Tag(name = "Personal data")
@Produces(MediaType.APPLICATION_JSON)
@EndpointDisabled(name = PersonalDataResources.ENABLED, stringValue = "false", disableIfMissing = true)
public class FamilyKeyRotationResource {

    @Inject
    FamilyKeys keys;

    @Inject
    MasterKeys masterKeys;

    @Inject
    Caller caller;

    @Inject
    OperatorAudit audit;

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary = "Re-wrap the family keys under the current master key",
            description = "Always to the configured current master key version; `masterKeyVersion`, if given, must"
                    + " name it (a check that the operator and the deployment agree). Idempotent; answers how many"
                    + " keys were re-wrapped and how many could not be unwrapped (their master key is not configured).")
    public FamilyKeys.Rotation rotate(@QueryParam("masterKeyVersion") String version) {
        String current = masterKeys.currentVersion();
        if (version != null && !version.isBlank() && !version.equals(current)) {
            audit.record(caller.name(), "family-key-rotation refused", "asked for " + version + ", current " + current);
            throw new ProblemException(
                    422,
                    "Unprocessable Content",
                    "Family keys are only ever re-wrapped under the current master key version, " + current
                            + ". To rotate to another, configure it and make it current first.",
                    List.of(new Problem.FieldError("masterKeyVersion", "must be the current version " + current)));
        }
        audit.record(caller.name(), "family-key-rotation started", "to master key version " + current);
        FamilyKeys.Rotation rotation = keys.rewrap(current);
        audit.record(
                caller.name(),
                "family-key-rotation finished",
                rotation.rewrapped() + " re-wrapped under " + current + ", " + rotation.unreadable() + " unreadable");
        return rotation;
    }
}
