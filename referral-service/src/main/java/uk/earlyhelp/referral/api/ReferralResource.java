package uk.earlyhelp.referral.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.earlyhelp.contracts.MemberRole;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.referral.domain.Consent;
import uk.earlyhelp.referral.domain.Household;
import uk.earlyhelp.referral.domain.PresentingIssue;
import uk.earlyhelp.referral.domain.ReceiveReferral;
import uk.earlyhelp.referral.projection.ReferralView;
import uk.earlyhelp.referral.projection.ReferralViews;

@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final CommandGateway commands;
    private final ReferralViews views;
    private final Caller caller;
    private final Clock clock;

    ReferralResource(CommandGateway commands, ReferralViews views, Caller caller, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @RolesAllowed("partner")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@Valid @NotNull ReferralRequest request) {
        requireAChild(request);
        String referralId = UUID.randomUUID().toString();
        String familyId = UUID.randomUUID().toString();
        String agency = caller.agency().orElseThrow(() -> ProblemException.forbidden("The token has no agency claim."));
        commands.sendAndWait(new ReceiveReferral(
                referralId,
                familyId,
                caller.council(),
                agency,
                request.agencyReference(),
                household(request.household()),
                consent(request.consent()),
                request.issues().stream().map(ReferralResource::issue).toList(),
                request.safeguardingConcern(),
                request.summary(),
                clock.instant()));
        return Response.accepted(new ReferralAccepted(referralId, familyId, ReferralView.RECEIVED))
                .location(URI.create("/api/v1/referrals/" + referralId))
                .build();
    }

    @GET
    @Path("/{referralId}")
    @RolesAllowed({"partner", "duty-officer"})
    public ReferralView get(@PathParam("referralId") String referralId) {
        ReferralView view =
                views.find(referralId).orElseThrow(() -> ProblemException.notFound("No referral " + referralId));
        caller.requireCouncil(view.council());
        if (caller.hasRole("partner")
                && !caller.hasRole("duty-officer")
                && !caller.agency().orElse("").equals(view.agency())) {
            throw ProblemException.forbidden("Partners see only their own agency's referrals.");
        }
        return view;
    }

    private static void requireAChild(ReferralRequest request) {
        if (request.household().members().stream().noneMatch(m -> m.role() == MemberRole.CHILD)) {
            throw ProblemException.unprocessable("household.members", "The household must include at least one child.");
        }
    }

    private static Household household(ReferralRequest.Household household) {
        var address = household.address();
        return new Household(
                new Household.Address(address.line1(), address.town(), address.postcode()),
                household.members().stream()
                        .map(m -> new Household.Member(m.givenName(), m.familyName(), m.dateOfBirth(), m.role()))
                        .toList());
    }

    private static Consent consent(ReferralRequest.Consent consent) {
        return consent == null
                ? new Consent(false, null, null)
                : new Consent(consent.given(), consent.date(), consent.recordedBy());
    }

    private static PresentingIssue issue(ReferralRequest.Issue issue) {
        List<Integer> members = issue.memberIndexes() == null ? List.of() : issue.memberIndexes();
        return new PresentingIssue(issue.problem(), issue.indicator(), members, issue.evidence());
    }
}
