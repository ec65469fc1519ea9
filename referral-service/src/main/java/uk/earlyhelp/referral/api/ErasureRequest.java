package uk.earlyhelp.referral.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.earlyhelp.platform.api.PlausibleDate;

/**
 * A data subject's request for erasure, as the data-protection officer records it. The reason is the
 * officer's note of the request, kept after the erasure: it must not repeat the family's personal data.
 */
public record ErasureRequest(
        @NotBlank @Size(max = 500) String reason,
        @NotNull @PastOrPresent @PlausibleDate LocalDate requestedOn) {

    static final String EXAMPLE = """
            {"reason": "Article 17 request received by letter", "requestedOn": "2026-11-23"}""";
}
