package uk.earlyhelp.contracts;

import java.time.LocalDate;

/** An adult of the family started work; {@code memberIndex} is their place in the referral's household. */
public record EmploymentStartedV1(
        String familyId,
        String council,
        String employmentId,
        int memberIndex,
        Benefit benefitBefore,
        LocalDate startedOn)
        implements FamilyEvent {}
