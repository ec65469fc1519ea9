package uk.earlyhelp.pbr.domain;

import java.time.LocalDate;
import uk.earlyhelp.contracts.Benefit;

/** An adult of the family started work after the given out-of-work benefit. */
public record EmploymentStartNoted(
        String familyId,
        String council,
        String employmentId,
        int memberIndex,
        Benefit benefitBefore,
        LocalDate startedOn) {}
