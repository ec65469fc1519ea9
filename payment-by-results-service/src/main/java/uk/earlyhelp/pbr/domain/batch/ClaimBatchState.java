package uk.earlyhelp.pbr.domain.batch;

/** A claim batch's life: a draft can be rebuilt; once submitted to the ministry it never changes. */
public enum ClaimBatchState {
    DRAFT,
    APPROVED,
    SUBMITTED
}
