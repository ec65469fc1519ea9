package uk.earlyhelp.pbr.domain.claimrecord;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.earlyhelp.contracts.Benefit;

/** Keep the start of an employment spell; one already kept (same id) is ignored. */
public record NoteEmploymentStarted(
        @TargetAggregateIdentifier String familyId,
        String council,
        String employmentId,
        int memberIndex,
        Benefit benefitBefore,
        LocalDate startedOn) {}
