package uk.earlyhelp.casework.domain.caserecord;

/** Progress on one goal of the plan, as a review records it. */
public enum GoalStatus {
    NOT_STARTED,
    IN_PROGRESS,
    ACHIEVED
}
