package uk.earlyhelp.casework.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.earlyhelp.casework.domain.Case;
import uk.earlyhelp.casework.projection.HistoryProjection;
import uk.earlyhelp.casework.projection.InsightsProjection;
import uk.earlyhelp.platform.axon.AxonSetup;
import uk.earlyhelp.platform.messaging.KafkaEventPublisher;

@ApplicationScoped
public class CaseworkAxonSetup implements AxonSetup {

    private final KafkaEventPublisher publisher;
    private final HistoryProjection history;
    private final InsightsProjection insights;

    CaseworkAxonSetup(KafkaEventPublisher publisher, HistoryProjection history, InsightsProjection insights) {
        this.publisher = publisher;
        this.history = history;
        this.insights = insights;
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Case.class);
    }

    @Override
    public List<Object> eventHandlers() {
        return List.of(publisher, history, insights);
    }
}
