package uk.earlyhelp.contracts;

/** Why a family's case was closed. */
public enum ClosureReason {
    OUTCOMES_MET,
    STEP_UP,
    DISENGAGED,
    MOVED_AWAY,
    OTHER
}
