package uk.earlyhelp.contracts;

/** Children's social care's answer to a family escalated to it (docs/domain.md, "Front door"). */
public enum SocialCareOutcome {
    /** Below the social care threshold: Early Help works with the family, decided on its problems alone. */
    STEP_DOWN_TO_EARLY_HELP,
    /** Social care keeps the family: it stays escalated. */
    OPEN_TO_SOCIAL_CARE,
    /** Social care takes no further action: the concern is closed and the family is decided on its problems. */
    NO_FURTHER_ACTION
}
