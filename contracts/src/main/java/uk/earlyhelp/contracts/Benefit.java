package uk.earlyhelp.contracts;

/** The out-of-work benefit an adult was on before employment; it sets the continuous-employment period. */
public enum Benefit {
    /** Jobseeker's Allowance: 26 weeks of continuous employment. */
    JSA,
    /** Employment and Support Allowance: 13 weeks. */
    ESA,
    /** Income Support: 13 weeks. */
    IS,
    /** Universal Credit: 13 weeks. */
    UC,
    OTHER
}
