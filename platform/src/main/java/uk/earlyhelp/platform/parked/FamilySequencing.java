package uk.earlyhelp.platform.parked;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * Events are handled, parked and retried in order per family: the payload's {@code familyId} where it has one
 * (a family's referrals are separate aggregates, but one family), else the aggregate's identifier.
 */
public final class FamilySequencing implements SequencingPolicy<EventMessage<?>> {

    private static final Map<Class<?>, Optional<Method>> FAMILY_ID = new ConcurrentHashMap<>();

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        Optional<Method> familyId = FAMILY_ID.computeIfAbsent(payload.getClass(), FamilySequencing::familyIdAccessor);
        if (familyId.isPresent()) {
            try {
                Object id = familyId.get().invoke(payload);
                if (id != null) {
                    return id.toString();
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read familyId of " + payload.getClass(), e);
            }
        }
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
    }

    private static Optional<Method> familyIdAccessor(Class<?> type) {
        try {
            Method accessor = type.getMethod("familyId");
            return accessor.getParameterCount() == 0 ? Optional.of(accessor) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
