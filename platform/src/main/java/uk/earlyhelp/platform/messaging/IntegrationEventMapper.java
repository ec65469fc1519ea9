package uk.earlyhelp.platform.messaging;

import java.util.Optional;
import uk.earlyhelp.contracts.IntegrationEvent;

/**
 * Maps one of a service's internal (Axon) events to the integration event it publishes, if any. Each
 * service has one; internal events never leave the service as they are.
 */
public interface IntegrationEventMapper {

    Optional<IntegrationEvent> toIntegrationEvent(Object internalEvent);
}
