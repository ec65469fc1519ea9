package uk.earlyhelp.contracts;

import java.time.LocalDate;

/**
 * An outcome-plan measure was met for a problem and sustained from one date to another: what a
 * significant-and-sustained-progress claim is built from. The evidence itself stays in casework.
 */
public record OutcomeRecordedV1(
        String familyId,
        String council,
        String outcomeId,
        HeadlineProblem problem,
        LocalDate sustainedFrom,
        LocalDate sustainedTo,
        LocalDate recordedOn)
        implements FamilyEvent {}
