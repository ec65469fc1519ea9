package uk.earlyhelp.eligibility.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.earlyhelp.eligibility.domain.Family;
import uk.earlyhelp.eligibility.projection.DecisionProjection;
import uk.earlyhelp.platform.axon.AxonSetup;
import uk.earlyhelp.platform.messaging.KafkaEventPublisher;

@ApplicationScoped
public class EligibilityAxonSetup implements AxonSetup {

    private final KafkaEventPublisher publisher;
    private final DecisionProjection decisions;

    EligibilityAxonSetup(KafkaEventPublisher publisher, DecisionProjection decisions) {
        this.publisher = publisher;
        this.decisions = decisions;
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Family.class);
    }

    @Override
    public List<Object> eventHandlers() {
        return List.of(publisher, decisions);
    }
}
