package uk.earlyhelp.pbr.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.earlyhelp.pbr.domain.FamilyClaimRecord;
import uk.earlyhelp.platform.axon.AxonSetup;

@ApplicationScoped
public class PaymentByResultsAxonSetup implements AxonSetup {

    @Override
    public List<Class<?>> aggregates() {
        return List.of(FamilyClaimRecord.class);
    }

    @Override
    public List<Object> eventHandlers() {
        return List.of();
    }
}
