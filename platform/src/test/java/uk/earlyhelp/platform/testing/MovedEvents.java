package uk.earlyhelp.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.platform.axon.AxonSetup;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * Checks, for a service whose {@code domain} was split into sub-packages, that every event its aggregates store
 * carries {@code @Revision} and is read under the name it was first stored with ({@link AxonSetup#movedEventTypes()}),
 * and rewrites stored rows back to their old flat names for tests that read an old shape
 * (docs/adding-an-event.md).
 */
public final class MovedEvents {

    private MovedEvents() {}

    /**
     * {@code newSinceTheMove}: events added after the split, never stored under another name. Add a new event
     * there, not to the map.
     */
    public static void verify(AxonSetup setup, String domainPackage, Set<Class<?>> newSinceTheMove) {
        Set<Class<?>> stored = storedEvents(setup, domainPackage);
        for (Class<?> event : stored) {
            assertTrue(event.isAnnotationPresent(Revision.class), event + " has no @Revision");
        }
        Set<Class<?>> moved = new HashSet<>(setup.movedEventTypes().values());
        Set<Class<?>> movedOrNew = new HashSet<>(moved);
        movedOrNew.addAll(newSinceTheMove);
        assertEquals(movedOrNew, stored, "each stored event is either moved or new since the split");
        for (Class<?> event : newSinceTheMove) {
            assertFalse(moved.contains(event), event + " cannot be both moved and new");
        }
        setup.movedEventTypes().forEach((old, now) -> {
            assertNotEquals(old, now.getName());
            assertThrows(ClassNotFoundException.class, () -> Class.forName(old), old + " is a class again");
        });
    }

    /**
     * What the aggregates store: what they construct (bar their exceptions), what they source themselves from,
     * and whatever carries a {@code @Revision}.
     */
    public static Set<Class<?>> storedEvents(AxonSetup setup, String domainPackage) {
        JavaClasses domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(domainPackage);
        Set<JavaClass> events = new HashSet<>();
        for (Class<?> aggregate : setup.aggregates()) {
            JavaClass javaClass = domain.get(aggregate);
            javaClass.getConstructorCallsFromSelf().stream()
                    .map(call -> call.getTargetOwner())
                    .filter(target -> target.getPackageName().startsWith(domainPackage))
                    .filter(target -> !target.isAssignableTo(Throwable.class))
                    .forEach(events::add);
            javaClass.getMethods().stream()
                    .filter(method -> method.isAnnotatedWith(EventSourcingHandler.class))
                    .flatMap(method -> method.getRawParameterTypes().stream())
                    .filter(type -> type.getPackageName().startsWith(domainPackage))
                    .forEach(events::add);
        }
        domain.stream().filter(c -> c.isAnnotatedWith(Revision.class)).forEach(events::add);
        Set<Class<?>> classes = new HashSet<>();
        events.forEach(event -> classes.add(event.reflect()));
        return classes;
    }

    /**
     * Rewrites an aggregate's stored events to the flat {@code domainPackage.Name} they had before the split, with
     * no revision, as rows written before it look; answers how many rows it rewrote.
     */
    public static int storeUnderOldNames(Jdbc jdbc, String domainPackage, String aggregateId) {
        return jdbc.update(
                "UPDATE domain_event_entry SET payload_type = regexp_replace(payload_type, ?, ?),"
                        + " payload_revision = NULL WHERE aggregate_identifier = ?",
                "^" + domainPackage.replace(".", "\\.") + "\\.[a-z]+\\.",
                domainPackage + ".",
                aggregateId);
    }
}
