package uk.earlyhelp.contracts;

/** An eligibility decision for a family. */
public enum Decision {
    /** At least two distinct headline problems are evidenced. */
    ELIGIBLE,
    /** Fewer than two headline problems are evidenced. */
    NOT_ELIGIBLE,
    /** A safeguarding concern puts the family above the Early Help threshold: First Response acts the same day. */
    ESCALATE_TO_SOCIAL_CARE
}
