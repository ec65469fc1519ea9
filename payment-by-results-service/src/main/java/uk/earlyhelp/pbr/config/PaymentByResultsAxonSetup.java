package uk.earlyhelp.pbr.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.earlyhelp.pbr.domain.ClaimBatch;
import uk.earlyhelp.pbr.domain.FamilyClaimRecord;
import uk.earlyhelp.pbr.projection.FamilyRecordProjection;
import uk.earlyhelp.platform.axon.AxonSetup;
import uk.earlyhelp.platform.messaging.KafkaEventPublisher;

@ApplicationScoped
public class PaymentByResultsAxonSetup implements AxonSetup {

    private final KafkaEventPublisher publisher;
    private final FamilyRecordProjection families;

    PaymentByResultsAxonSetup(KafkaEventPublisher publisher, FamilyRecordProjection families) {
        this.publisher = publisher;
        this.families = families;
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(FamilyClaimRecord.class, ClaimBatch.class);
    }

    @Override
    public List<Object> eventHandlers() {
        return List.of(publisher, families);
    }
}
