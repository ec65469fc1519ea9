package uk.earlyhelp.pbr.domain.batch;

/** The finance team's own spot check of one sampled family before approval. */
public enum AuditResult {
    PASS,
    FAIL
}
