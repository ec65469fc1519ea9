package uk.earlyhelp.contracts;

import java.time.LocalDate;

/**
 * An outcome recorded by mistake was withdrawn by the caseworker: a claim must not rest on it. Payment by results
 * takes the family out of any unsubmitted batch it no longer qualifies for, or adjusts a submitted claim.
 */
public record OutcomeRetractedV1(
        String familyId,
        String council,
        String outcomeId,
        HeadlineProblem problem,
        String reason,
        LocalDate retractedOn)
        implements FamilyEvent {}
