package uk.earlyhelp.contracts;

/** The route by which a family's result payment is claimed. */
public enum ClaimRoute {
    /** Significant and sustained progress on every problem the family had at attachment. */
    SIGNIFICANT_AND_SUSTAINED_PROGRESS,
    /** An adult on out-of-work benefits at attachment in continuous employment long enough. */
    CONTINUOUS_EMPLOYMENT
}
