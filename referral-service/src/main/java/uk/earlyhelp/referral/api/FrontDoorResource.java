package uk.earlyhelp.referral.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.referral.application.ReferralAccess;
import uk.earlyhelp.referral.projection.TriageStatuses;

/** The families a duty officer still has to triage (docs/domain.md, "Front door"). */
@Path("/api/v1/triage")
@Tag(
        name = "Front door",
        description = "First Response duty officers: triage, social care's answers, possible duplicates and merges")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ReferralAccess.DUTY_OFFICER)
public class FrontDoorResource {

    /** A family waiting for triage. */
    public record Waiting(String familyId, Instant pendingSince, Instant dueAt, boolean overdue, boolean escalation) {}

    @Inject
    TriageStatuses triages;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @Operation(
            operationId = "listFamiliesWaitingForTriage",
            summary = "The council's families waiting for triage, the soonest due first",
            description = "state=overdue lists only those past their due time.")
    public List<Waiting> waiting(@QueryParam("state") String state) {
        boolean overdueOnly;
        if (state == null || state.equals("due")) {
            overdueOnly = false;
        } else if (state.equals("overdue")) {
            overdueOnly = true;
        } else {
            throw ProblemException.badRequest("state", "state is due (every family waiting) or overdue.");
        }
        Instant now = clock.instant();
        return triages.pending(caller.council(), 1_000).stream()
                .filter(status -> !overdueOnly || status.overdueAt(now))
                .map(status -> new Waiting(
                        status.familyId(),
                        status.pendingSince(),
                        status.dueAt(),
                        status.overdueAt(now),
                        status.escalation()))
                .toList();
    }
}
