package uk.earlyhelp.casework.domain.caserecord;

/** Where a family's case stands. */
public enum CaseStage {
    /** Referred; no eligibility decision yet. */
    REFERRED,
    /** Eligible for the programme and not yet attached. */
    ELIGIBLE,
    NOT_ELIGIBLE,
    ESCALATED_TO_SOCIAL_CARE,
    /** Attached to the programme and worked with in Early Help. */
    ATTACHED,
    /** Stepped up to children's social care. */
    STEPPED_UP,
    /** Stepped down from social care to Early Help, not (yet) attached to the programme. */
    STEPPED_DOWN,
    CLOSED
}
