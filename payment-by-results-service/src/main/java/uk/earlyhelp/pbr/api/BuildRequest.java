package uk.earlyhelp.pbr.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import uk.earlyhelp.platform.api.PlausibleDate;

/** {@code POST /api/v1/claim-batches}: the claim window's end date. */
public record BuildRequest(@NotNull @PlausibleDate LocalDate windowEnd) {}
