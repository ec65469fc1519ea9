package uk.earlyhelp.casework.domain;

import java.time.LocalDate;
import uk.earlyhelp.contracts.Benefit;

public record EmploymentStarted(
        String familyId,
        String council,
        String employmentId,
        int memberIndex,
        Benefit benefitBefore,
        LocalDate startedOn,
        String actor) {}
