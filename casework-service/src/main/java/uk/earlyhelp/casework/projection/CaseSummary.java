package uk.earlyhelp.casework.projection;

import java.time.LocalDate;

/** One line of the case list. */
public record CaseSummary(
        String familyId,
        String council,
        String stage,
        String eligibility,
        String leadPractitioner,
        LocalDate attachedOn,
        String closureReason) {}
