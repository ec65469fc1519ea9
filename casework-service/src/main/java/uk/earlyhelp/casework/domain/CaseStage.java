package uk.earlyhelp.casework.domain;

/** Where a family's case stands. */
public enum CaseStage {
    /** Referred; no eligibility decision yet. */
    REFERRED,
    /** Eligible for the programme and not yet attached. */
    ELIGIBLE,
    NOT_ELIGIBLE,
    ESCALATED_TO_SOCIAL_CARE
}
