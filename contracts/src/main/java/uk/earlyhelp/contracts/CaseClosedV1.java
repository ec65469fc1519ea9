package uk.earlyhelp.contracts;

import java.time.LocalDate;

/** The family's case was closed; a referral within 12 months after is a re-referral. */
public record CaseClosedV1(String familyId, String council, LocalDate closedOn, ClosureReason reason)
        implements FamilyEvent {}
