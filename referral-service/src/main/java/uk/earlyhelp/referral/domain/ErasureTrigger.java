package uk.earlyhelp.referral.domain;

/**
 * Why a family was erased: a data subject's request, or the council's retention schedule. Stored by name in
 * {@link FamilyErased}, so a constant is never renamed; the messaging layer maps it to the contract's own.
 */
public enum ErasureTrigger {
    REQUEST,
    RETENTION
}
