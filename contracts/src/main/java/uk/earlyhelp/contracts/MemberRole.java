package uk.earlyhelp.contracts;

/** A household member's role in a referral. */
public enum MemberRole {
    PARENT,
    CARER,
    CHILD,
    OTHER_ADULT,
    /** A child not yet born (a pre-birth referral): an expected date instead of a date of birth. */
    UNBORN
}
