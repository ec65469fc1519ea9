package uk.earlyhelp.referral.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.MemberRole;
import uk.earlyhelp.platform.api.PlausibleDate;

/** The body of {@code POST /api/v1/referrals} (docs/api.md). */
public record ReferralRequest(
        @NotBlank @Size(max = 100) String agencyReference,
        @NotNull @Valid Household household,
        @Valid Consent consent,
        @NotEmpty @Size(max = 30) List<@NotNull @Valid Issue> issues,
        boolean safeguardingConcern,
        @Size(max = 10_000) String summary) {

    /** The example in docs/api.md, served in the OpenAPI document. */
    static final String EXAMPLE = """
            {
              "agencyReference": "POL-2026-0042",
              "household": {
                "address": {"line1": "12 Mill Lane", "town": "Wigston", "postcode": "LE18 2AB"},
                "members": [
                  {"givenName": "Kerry", "familyName": "Smith", "dateOfBirth": "1990-04-02", "role": "PARENT"},
                  {"givenName": "Jay", "familyName": "Smith", "dateOfBirth": "2013-09-30", "role": "CHILD"}
                ]
              },
              "consent": {"given": true, "date": "2026-11-20", "recordedBy": "PC 1234"},
              "issues": [
                {"problem": "CRIME_ASB", "indicator": "ASB incidents reported", "memberIndexes": [1], "evidence": "3 incidents in 2 months"},
                {"problem": "SCHOOL_ATTENDANCE", "indicator": "persistent absence", "memberIndexes": [1], "evidence": "absence 22% this term"}
              ],
              "safeguardingConcern": false,
              "summary": "Free text."
            }""";

    public record Household(
            @NotNull @Valid Address address,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid Member> members) {}

    public record Address(
            @NotBlank @Size(max = 200) String line1,
            @Size(max = 100) String town,
            @NotBlank @Size(max = 10) String postcode) {}

    public record Member(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @PastOrPresent @PlausibleDate LocalDate dateOfBirth,
            @NotNull MemberRole role,
            @PlausibleDate LocalDate expectedDate,
            @Size(max = 20) String nhsNumber,
            @Size(max = 20) String upn) {}

    public record Consent(
            boolean given,
            @PastOrPresent @PlausibleDate LocalDate date,
            @Size(max = 100) String recordedBy) {}

    public record Issue(
            @NotNull HeadlineProblem problem,
            @Size(max = 200) String indicator,
            @Size(max = 20) List<@NotNull Integer> memberIndexes,
            @Size(max = 2_000) String evidence) {}
}
