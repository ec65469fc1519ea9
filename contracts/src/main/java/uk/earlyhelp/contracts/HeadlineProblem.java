package uk.earlyhelp.contracts;

/** The six headline problems of the Supporting Families programme. The codes are part of the contract. */
public enum HeadlineProblem {
    /** Parents or children involved in crime or anti-social behaviour. */
    CRIME_ASB,
    /** Children not attending school regularly. */
    SCHOOL_ATTENDANCE,
    /** Children identified as in need or subject to a child protection plan. */
    CHILDREN_NEED_HELP,
    /** Adults out of work or at risk of financial exclusion; young people at risk of worklessness. */
    WORKLESSNESS,
    /** Families affected by domestic violence and abuse. */
    DOMESTIC_ABUSE,
    /** Parents or children with a range of physical or mental health problems. */
    HEALTH
}
