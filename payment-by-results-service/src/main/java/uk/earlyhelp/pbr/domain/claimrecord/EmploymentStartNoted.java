package uk.earlyhelp.pbr.domain.claimrecord;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.Benefit;

/** An adult of the family started work after the given out-of-work benefit. */
@Revision("1")
public record EmploymentStartNoted(
        String familyId,
        String council,
        String employmentId,
        int memberIndex,
        Benefit benefitBefore,
        LocalDate startedOn) {}
