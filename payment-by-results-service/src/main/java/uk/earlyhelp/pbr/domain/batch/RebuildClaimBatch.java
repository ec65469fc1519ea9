package uk.earlyhelp.pbr.domain.batch;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace a draft's families with those claimable now (within the funded maximum); refused unless a draft. */
public record RebuildClaimBatch(
        @TargetAggregateIdentifier String batchId,
        List<BatchEntry> entries,
        String rebuiltBy,
        Instant rebuiltAt,
        int overCap) {}
