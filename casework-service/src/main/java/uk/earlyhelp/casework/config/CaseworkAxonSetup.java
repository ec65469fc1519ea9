package uk.earlyhelp.casework.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.earlyhelp.casework.domain.Case;
import uk.earlyhelp.casework.projection.HistoryProjection;
import uk.earlyhelp.platform.axon.AxonSetup;

@ApplicationScoped
public class CaseworkAxonSetup implements AxonSetup {

    private final HistoryProjection history;

    CaseworkAxonSetup(HistoryProjection history) {
        this.history = history;
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Case.class);
    }

    @Override
    public List<Object> eventHandlers() {
        return List.of(history);
    }
}
