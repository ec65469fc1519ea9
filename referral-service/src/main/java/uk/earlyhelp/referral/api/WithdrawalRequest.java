package uk.earlyhelp.referral.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/referrals/{id}/withdrawal}. */
public record WithdrawalRequest(@NotBlank @Size(max = 2_000) String reason) {}
