package uk.earlyhelp.referral.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.earlyhelp.contracts.SocialCareOutcome;
import uk.earlyhelp.contracts.TriageOutcome;
import uk.earlyhelp.platform.api.PlausibleDate;

/** The bodies of the front door's requests (docs/api.md, "Front door"). */
public final class FrontDoorRequests {

    private FrontDoorRequests() {}

    /** {@code team} for ACCEPT_FOR_EARLY_HELP, {@code signpostedTo} for SIGNPOST (checked by the domain's rules). */
    public record Triage(
            @NotNull TriageOutcome outcome,
            @Size(max = 100) String team,
            @Size(max = 200) String signpostedTo,
            @NotBlank @Size(max = 2_000) String reason) {}

    public record SocialCareAnswer(
            @NotNull SocialCareOutcome outcome,
            @NotNull @PlausibleDate LocalDate date,
            @NotBlank @Size(max = 2_000) String reason) {}
}
