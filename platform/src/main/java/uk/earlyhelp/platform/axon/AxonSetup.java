package uk.earlyhelp.platform.axon;

import java.util.List;
import java.util.Map;

/**
 * What one service contributes to Axon: its event-sourced aggregates and the beans holding its event
 * handlers (projections and policies, each class annotated with {@code @ProcessingGroup}). Each service
 * has exactly one bean implementing this; {@link AxonRuntime} does the rest.
 */
public interface AxonSetup {

    List<Class<?>> aggregates();

    /** CDI beans with {@code @EventHandler} methods. Make them {@code @Singleton} so Axon sees the real class. */
    List<Object> eventHandlers();

    /**
     * Stored events whose class has moved since they were written: the old fully-qualified name to the class
     * that reads them now (see {@link MovedEventTypes}). Entries are never removed.
     */
    default Map<String, Class<?>> movedEventTypes() {
        return Map.of();
    }
}
