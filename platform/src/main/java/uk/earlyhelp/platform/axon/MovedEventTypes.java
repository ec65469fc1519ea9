package uk.earlyhelp.platform.axon;

import java.util.Map;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads events stored under a class name that has since moved (a package split, a rename): the stored
 * payload type is rewritten to the class's new name and {@code @Revision}, the payload itself is untouched.
 * The event store keeps the old name for ever, so an entry here is never removed (docs/adding-an-event.md).
 */
public final class MovedEventTypes extends SingleEventUpcaster {

    private static final RevisionResolver REVISIONS = new AnnotationRevisionResolver();

    private final Map<String, Class<?>> movedFrom;

    /** {@code movedFrom}: the old fully-qualified class name, as stored, to the class that now holds the event. */
    public MovedEventTypes(Map<String, Class<?>> movedFrom) {
        this.movedFrom = Map.copyOf(movedFrom);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return movedFrom.containsKey(representation.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        Class<?> now = movedFrom.get(representation.getType().getName());
        return representation.upcastPayload(
                new SimpleSerializedType(now.getName(), REVISIONS.revisionOf(now)), byte[].class, payload -> payload);
    }
}
