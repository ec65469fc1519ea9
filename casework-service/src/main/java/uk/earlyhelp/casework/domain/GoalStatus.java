package uk.earlyhelp.casework.domain;

/** Progress on one goal of the plan, as a review records it. */
public enum GoalStatus {
    NOT_STARTED,
    IN_PROGRESS,
    ACHIEVED
}
