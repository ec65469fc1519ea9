package uk.earlyhelp.pbr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import uk.earlyhelp.pbr.domain.batch.AuditResult;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchState;
import uk.earlyhelp.pbr.domain.batch.RecordAuditResult;
import uk.earlyhelp.pbr.projection.ClaimBatchView;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * A finance officer records the spot check of a family in a draft's audit sample. A {@code FAIL} takes the family
 * out of the batch and, in {@code audit_failure}, out of every later batch until new evidence for it arrives (the
 * building use case reads that table); all in one transaction with the batch's event.
 */
@ApplicationScoped
public class ClaimBatchAudit {

    @Inject
    ClaimBatchChanges changes;

    @Inject
    BatchMembership membership;

    @Inject
    Jdbc jdbc;

    @Transactional
    public ClaimBatchView record(
            String batchId, String council, String familyId, AuditResult result, String note, String by) {
        changes.lock(batchId, council, ClaimBatchState.DRAFT, "audited");
        Instant now = changes.now();
        changes.send(new RecordAuditResult(batchId, familyId, result, note, by, now));
        if (result == AuditResult.FAIL) {
            membership.release(batchId, familyId);
            jdbc.update("""
                    INSERT INTO audit_failure (family_id, council, batch_id, note, failed_by, failed_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (family_id) DO UPDATE SET batch_id = EXCLUDED.batch_id, note = EXCLUDED.note,
                        failed_by = EXCLUDED.failed_by, failed_at = EXCLUDED.failed_at""", familyId, council, batchId, note, by, now);
        }
        return changes.afterChange(batchId);
    }
}
