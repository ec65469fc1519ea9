package uk.earlyhelp.pbr.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import uk.earlyhelp.contracts.ClaimBatchSubmittedV1;
import uk.earlyhelp.contracts.FamilyClaimedV1;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchSubmitted;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyClaimed;
import uk.earlyhelp.platform.messaging.IntegrationEventMapper;

/** Publishes submitted batches and claimed families on {@code earlyhelp.pbr.v1}; drafts stay inside. */
@ApplicationScoped
public class PaymentByResultsEventMapper implements IntegrationEventMapper {

    @Override
    public Optional<IntegrationEvent> toIntegrationEvent(Object internalEvent) {
        return switch (internalEvent) {
            case ClaimBatchSubmitted submitted ->
                Optional.of(new ClaimBatchSubmittedV1(
                        submitted.batchId(),
                        submitted.council(),
                        submitted.windowEnd(),
                        submitted.families(),
                        submitted.totalPence(),
                        submitted.submittedAt()));
            case FamilyClaimed claimed ->
                Optional.of(new FamilyClaimedV1(
                        claimed.familyId(),
                        claimed.council(),
                        claimed.batchId(),
                        claimed.route(),
                        claimed.amountPence(),
                        claimed.claimedOn()));
            default -> Optional.empty();
        };
    }
}
