package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.Benefit;

@Revision("1")
public record EmploymentStarted(
        String familyId,
        String council,
        String employmentId,
        int memberIndex,
        Benefit benefitBefore,
        LocalDate startedOn,
        String actor) {}
