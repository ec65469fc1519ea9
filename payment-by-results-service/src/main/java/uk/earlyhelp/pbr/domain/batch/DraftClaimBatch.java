package uk.earlyhelp.pbr.domain.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Start a batch for a claim window with the families claimable by its end; the audit seed fixes its sample. {@code
 * overCap} counts the claimable families left out because the council's funded maximum is reached.
 */
public record DraftClaimBatch(
        @TargetAggregateIdentifier String batchId,
        String council,
        LocalDate windowEnd,
        List<BatchEntry> entries,
        long auditSeed,
        int auditPercent,
        String draftedBy,
        Instant draftedAt,
        int overCap) {}
