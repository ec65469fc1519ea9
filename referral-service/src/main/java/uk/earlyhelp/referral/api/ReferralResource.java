package uk.earlyhelp.referral.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.contracts.MemberRole;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.personal.AccessLog;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.platform.time.England;
import uk.earlyhelp.referral.domain.Consent;
import uk.earlyhelp.referral.domain.Household;
import uk.earlyhelp.referral.domain.MatchKey;
import uk.earlyhelp.referral.domain.PresentingIssue;
import uk.earlyhelp.referral.domain.ReReferral;
import uk.earlyhelp.referral.domain.ReceiveReferral;
import uk.earlyhelp.referral.domain.ReferralAlreadyWithdrawn;
import uk.earlyhelp.referral.domain.ReferralRules;
import uk.earlyhelp.referral.domain.WithdrawReferral;
import uk.earlyhelp.referral.projection.CaseStatuses;
import uk.earlyhelp.referral.projection.FamilyIndex;
import uk.earlyhelp.referral.projection.ReferralPage;
import uk.earlyhelp.referral.projection.ReferralView;
import uk.earlyhelp.referral.projection.ReferralViews;

/** Partner agencies refer families; partners and duty officers follow their referrals (SPEC §3). */
@Path("/api/v1/referrals")
@Tag(name = "Referrals", description = "Partner agencies refer families to Early Help")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private static final String PARTNER = "partner";
    private static final String DUTY_OFFICER = "duty-officer";

    private final CommandGateway commands;
    private final ReferralViews views;
    private final FamilyIndex families;
    private final CaseStatuses caseStatuses;
    private final IdempotencyKeys idempotencyKeys;
    private final AccessLog accessLog;
    private final Caller caller;
    private final Clock clock;
    private final ObjectMapper json;

    ReferralResource(
            CommandGateway commands,
            ReferralViews views,
            FamilyIndex families,
            CaseStatuses caseStatuses,
            IdempotencyKeys idempotencyKeys,
            AccessLog accessLog,
            Caller caller,
            Clock clock,
            ObjectMapper json) {
        this.commands = commands;
        this.views = views;
        this.families = families;
        this.caseStatuses = caseStatuses;
        this.idempotencyKeys = idempotencyKeys;
        this.accessLog = accessLog;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Accepts a referral: matches it to a family, flags a re-referral, and stores it; its event is published
     * from the event store. Everything happens in one transaction, so a refused request leaves no trace.
     */
    @POST
    @RolesAllowed(PARTNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(
            summary = "Refer a family",
            description = "Accepts a referral from the caller's agency. The same Idempotency-Key with the same body"
                    + " returns the first answer; with a different body, 409.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted; follow it at Location",
            content = @Content(schema = @Schema(implementation = ReferralAccepted.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed or invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "409",
            description = "Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "413",
            description = "Body too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "422",
            description = "Breaks an intake rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response submit(
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples =
                                                    @ExampleObject(
                                                            name = "Two headline problems",
                                                            value = ReferralRequest.EXAMPLE)))
                    @Valid
                    @NotNull
                    ReferralRequest request,
            @HeaderParam("Idempotency-Key") @Size(max = 200) @Pattern(regexp = "[\\x21-\\x7E]+")
                    String idempotencyKey) {
        String council = caller.council();
        String agency = caller.agency().orElseThrow(() -> ProblemException.forbidden("The token has no agency claim."));
        Instant now = clock.instant();
        Household household = household(request.household());
        Consent consent = consent(request.consent());
        List<PresentingIssue> issues =
                request.issues().stream().map(ReferralResource::issue).toList();
        List<Problem.FieldError> breaches =
                ReferralRules.breaches(household, consent, issues, request.safeguardingConcern(), England.dateOf(now))
                        .stream()
                        .map(breach -> new Problem.FieldError(breach.field(), breach.message()))
                        .toList();
        if (!breaches.isEmpty()) {
            throw new ProblemException(422, "Unprocessable Content", "The referral breaks intake rules.", breaches);
        }
        if (idempotencyKey != null) {
            var first = idempotencyKeys.claim(council, agency, idempotencyKey, hash(request));
            if (first.isPresent()) {
                if (!first.get().requestHash().equals(hash(request))) {
                    throw ProblemException.conflict("This Idempotency-Key was used with a different request body.");
                }
                return accepted(first.get().referralId(), first.get().familyId());
            }
        }
        String referralId = UUID.randomUUID().toString();
        List<MatchKey> children = household.members().stream()
                .filter(member -> member.role() == MemberRole.CHILD)
                .map(child -> MatchKey.of(
                        child.familyName(),
                        child.dateOfBirth(),
                        household.address().postcode()))
                .toList();
        String familyId =
                families.familyFor(council, children, UUID.randomUUID().toString());
        boolean reReferral = ReReferral.applies(caseStatuses.of(familyId), England.dateOf(now));
        commands.sendAndWait(new ReceiveReferral(
                referralId,
                familyId,
                council,
                agency,
                request.agencyReference(),
                household,
                consent,
                issues,
                request.safeguardingConcern(),
                reReferral,
                request.summary(),
                now));
        if (idempotencyKey != null) {
            idempotencyKeys.answered(council, agency, idempotencyKey, referralId, familyId);
        }
        return accepted(referralId, familyId);
    }

    /** A referral with its personal details: the read is logged. */
    @GET
    @Operation(
            summary = "Read a referral",
            description =
                    "With its personal details (the read is logged) and the family's latest eligibility decision.")
    @Path("/{referralId}")
    @RolesAllowed({PARTNER, DUTY_OFFICER})
    @Transactional
    public ReferralView get(@PathParam("referralId") String referralId) {
        ReferralView view = visible(referralId);
        accessLog.read(caller.name(), readerRole(), view.council(), view.familyId(), "referral", view.referralId());
        return view;
    }

    /** The council's referrals for a duty officer; a partner's own agency's. Newest first, paged. */
    @GET
    @RolesAllowed({PARTNER, DUTY_OFFICER})
    @Operation(
            summary = "List referrals",
            description =
                    "A partner's own agency's, or a duty officer's whole council's; newest first. `since` is a date or an instant.")
    public ReferralPage list(
            @QueryParam("status") @Pattern(regexp = "RECEIVED|WITHDRAWN") String status,
            @QueryParam("since") String since,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        Optional<String> agency = caller.hasRole(DUTY_OFFICER) ? Optional.empty() : Optional.of(ownAgency());
        return views.list(
                caller.council(),
                agency,
                Optional.ofNullable(status),
                Optional.ofNullable(since).map(ReferralResource::instant),
                page,
                size);
    }

    /** Withdraws a referral: its problems stop counting towards the family's eligibility. */
    @POST
    @Operation(
            summary = "Withdraw a referral",
            description = "Its problems stop counting towards the family's eligibility.")
    @Path("/{referralId}/withdrawal")
    @RolesAllowed({PARTNER, DUTY_OFFICER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public ReferralView withdraw(
            @PathParam("referralId") String referralId, @Valid @NotNull WithdrawalRequest request) {
        ReferralView view = visible(referralId);
        try {
            commands.sendAndWait(new WithdrawReferral(referralId, request.reason(), caller.name(), clock.instant()));
        } catch (ReferralAlreadyWithdrawn e) {
            throw ProblemException.conflict(e.getMessage());
        }
        return view;
    }

    /** The referral, if the caller may see it: their council's, and for a partner their own agency's. */
    private ReferralView visible(String referralId) {
        ReferralView view =
                views.find(referralId).orElseThrow(() -> ProblemException.notFound("No referral " + referralId));
        caller.requireCouncil(view.council());
        if (!caller.hasRole(DUTY_OFFICER) && !ownAgency().equals(view.agency())) {
            throw ProblemException.forbidden("Partners see only their own agency's referrals.");
        }
        return view;
    }

    private String ownAgency() {
        return caller.agency().orElseThrow(() -> ProblemException.forbidden("The token has no agency claim."));
    }

    private String readerRole() {
        return caller.hasRole(DUTY_OFFICER) ? DUTY_OFFICER : PARTNER;
    }

    private static Response accepted(String referralId, String familyId) {
        return Response.accepted(new ReferralAccepted(referralId, familyId, ReferralView.RECEIVED))
                .location(URI.create("/api/v1/referrals/" + referralId))
                .build();
    }

    private String hash(ReferralRequest request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(String since) {
        try {
            return since.length() == 10 ? England.startOf(java.time.LocalDate.parse(since)) : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new ProblemException(
                    400,
                    "Bad Request",
                    "since must be a date (2026-11-01) or an instant (2026-11-01T09:00:00Z).",
                    List.of(new Problem.FieldError("since", e.getMessage())));
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
