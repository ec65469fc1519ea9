package uk.earlyhelp.eligibility.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.earlyhelp.eligibility.domain.Family;
import uk.earlyhelp.eligibility.projection.DecisionProjection;
import uk.earlyhelp.platform.axon.AxonSetup;
import uk.earlyhelp.platform.messaging.KafkaEventPublisher;

@ApplicationScoped
public class EligibilityAxonSetup implements AxonSetup {

    @Inject
    KafkaEventPublisher publisher;

    @Inject
    DecisionProjection decisions;

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Family.class);
    }

    @Override
    public List<Object> eventHandlers() {
        return List.of(publisher, decisions);
    }
}
