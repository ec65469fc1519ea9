package uk.earlyhelp.pbr.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.earlyhelp.contracts.ClaimRoute;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.pbr.domain.batch.Adjustment;
import uk.earlyhelp.pbr.domain.batch.AuditResult;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchState;
import uk.earlyhelp.pbr.domain.rules.ProvingPeriod;

/** A claim batch as a finance officer reads it. */
public record ClaimBatchView(
        String batchId,
        String council,
        LocalDate windowEnd,
        ClaimBatchState state,
        int families,
        int overCap,
        long totalPence,
        long auditSeed,
        int auditPercent,
        List<String> auditSample,
        List<Family> entries,
        List<Audit> auditResults,
        List<Adjustment> adjustments,
        List<Removal> removed,
        String draftedBy,
        Instant draftedAt,
        Instant approvedAt,
        Instant submittedAt,
        Instant discardedAt) {

    /** A family that left the batch because its proof was withdrawn (a retracted outcome). */
    public record Removal(String familyId, String reason, Instant removedAt) {}

    /** A sampled family's spot check; a {@code FAIL} took the family out of the batch. */
    public record Audit(String familyId, AuditResult result, String note, String recordedBy, Instant recordedAt) {}

    public record Family(
            String familyId,
            LocalDate attachedOn,
            List<HeadlineProblem> problemsAtAttachment,
            ClaimRoute route,
            LocalDate qualifiedOn,
            List<ProvingPeriod> proof,
            long amountPence,
            String ruleVersion,
            boolean auditSample,
            AuditResult auditResult) {}
}
