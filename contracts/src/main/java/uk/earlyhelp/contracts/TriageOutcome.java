package uk.earlyhelp.contracts;

/** What a First Response duty officer decides for a referred family (docs/domain.md, "Front door"). */
public enum TriageOutcome {
    /** Early Help works with the family: it waits in the named team's allocation queue. */
    ACCEPT_FOR_EARLY_HELP,
    /** Another service is better placed: the family is pointed to it. */
    SIGNPOST,
    /** Above the Early Help threshold: passed to children's social care. */
    STEP_UP_TO_SOCIAL_CARE,
    NO_FURTHER_ACTION
}
