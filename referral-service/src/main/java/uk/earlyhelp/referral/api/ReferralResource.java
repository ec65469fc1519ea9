package uk.earlyhelp.referral.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.api.QueryParameters;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.platform.time.England;
import uk.earlyhelp.referral.application.ReferralAccess;
import uk.earlyhelp.referral.application.ReferralIntake;
import uk.earlyhelp.referral.application.ReferralReading;
import uk.earlyhelp.referral.application.ReferralWithdrawal;
import uk.earlyhelp.referral.domain.Consent;
import uk.earlyhelp.referral.domain.Household;
import uk.earlyhelp.referral.domain.PresentingIssue;
import uk.earlyhelp.referral.projection.ReferralPage;
import uk.earlyhelp.referral.projection.ReferralView;

/**
 * Partner agencies refer families; partners and duty officers follow their referrals (docs/domain.md,
 * "Referral intake"). Each request is parsed here and handed to its use case.
 */
@Path("/api/v1/referrals")
@Tag(name = "Referrals", description = "Partner agencies refer families to Early Help")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private static final String PARTNER = ReferralAccess.PARTNER;
    private static final String DUTY_OFFICER = ReferralAccess.DUTY_OFFICER;

    @Inject
    ReferralIntake intake;

    @Inject
    ReferralReading reading;

    @Inject
    ReferralWithdrawal withdrawal;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /** Accepts a referral from the caller's agency ({@link ReferralIntake}). */
    @POST
    @RolesAllowed(PARTNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "referFamily",
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
        Optional<ReferralIntake.Idempotency> idempotency =
                Optional.ofNullable(idempotencyKey).map(key -> new ReferralIntake.Idempotency(key, hash(request)));
        ReferralIntake.Accepted accepted = intake.receive(council, agency, submission(request), idempotency);
        return Response.accepted(
                        new ReferralAccepted(accepted.referralId(), accepted.familyId(), ReferralView.RECEIVED))
                .location(URI.create("/api/v1/referrals/" + accepted.referralId()))
                .build();
    }

    /** A referral with its personal details: the read is logged. */
    @GET
    @Operation(
            operationId = "readReferral",
            summary = "Read a referral",
            description =
                    "With its personal details (the read is logged) and the family's latest eligibility decision.")
    @Path("/{referralId}")
    @RolesAllowed({PARTNER, DUTY_OFFICER})
    public ReferralView get(@PathParam("referralId") String referralId) {
        return reading.read(referralId, caller);
    }

    /** The council's referrals for a duty officer; a partner's own agency's. Newest first, paged. */
    @GET
    @RolesAllowed({PARTNER, DUTY_OFFICER})
    @Operation(
            operationId = "listReferrals",
            summary = "List referrals",
            description =
                    "A partner's own agency's, or a duty officer's whole council's; newest first. `since` is a date or an instant.")
    public ReferralPage list(
            @QueryParam("status") @Pattern(regexp = "RECEIVED|WITHDRAWN") String status,
            @QueryParam("since") String since,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return reading.list(
                caller,
                Optional.ofNullable(status),
                Optional.ofNullable(since).map(ReferralResource::instant),
                QueryParameters.whole("page", page, 0, 0, Integer.MAX_VALUE),
                QueryParameters.whole("size", size, 20, 1, 200));
    }

    /** Withdraws a referral: its problems stop counting towards the family's eligibility. */
    @POST
    @Operation(
            operationId = "withdrawReferral",
            summary = "Withdraw a referral",
            description = "Its problems stop counting towards the family's eligibility.")
    @Path("/{referralId}/withdrawal")
    @RolesAllowed({PARTNER, DUTY_OFFICER})
    @Consumes(MediaType.APPLICATION_JSON)
    public ReferralView withdraw(
            @PathParam("referralId") String referralId, @Valid @NotNull WithdrawalRequest request) {
        return withdrawal.withdraw(referralId, request.reason(), caller);
    }

    /**
     * The body's fingerprint for its Idempotency-Key: a hash of the request as received (not of its domain
     * form), so the hashes already stored keep matching their retries.
     */
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

    private static ReferralIntake.Submission submission(ReferralRequest request) {
        return new ReferralIntake.Submission(
                request.agencyReference(),
                household(request.household()),
                consent(request.consent()),
                request.issues().stream().map(ReferralResource::issue).toList(),
                request.safeguardingConcern(),
                request.summary());
    }

    private static Household household(ReferralRequest.Household household) {
        var address = household.address();
        return new Household(
                new Household.Address(address.line1(), address.town(), address.postcode()),
                household.members().stream()
                        .map(m -> new Household.Member(
                                m.givenName(),
                                m.familyName(),
                                m.dateOfBirth(),
                                m.role(),
                                m.expectedDate(),
                                m.nhsNumber(),
                                m.upn()))
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
