package uk.earlyhelp.pbr.domain.batch;

/**
 * A claim batch's life: a draft can be rebuilt; once submitted to the ministry it never changes. A draft or approved
 * batch can be discarded instead, which releases its families.
 */
public enum ClaimBatchState {
    DRAFT,
    APPROVED,
    SUBMITTED,
    DISCARDED
}
