package uk.earlyhelp.contracts;

/** A household member's role in a referral. */
public enum MemberRole {
    PARENT,
    CARER,
    CHILD,
    OTHER_ADULT
}
