package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.earlyhelp.contracts.Benefit;

/** Record that a member started work; {@code endedOn} when the spell has already ended, else null. */
public record StartEmployment(
        @TargetAggregateIdentifier String familyId,
        String employmentId,
        int memberIndex,
        Benefit benefitBefore,
        LocalDate startedOn,
        LocalDate endedOn,
        String actor) {}
