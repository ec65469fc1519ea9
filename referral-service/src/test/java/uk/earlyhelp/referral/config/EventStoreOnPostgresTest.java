package uk.earlyhelp.referral.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;

/**
 * PostgreSQL reports a unique violation as SQLState 23505, which Axon does not recognise by itself: these
 * prove the platform's resolver turns it into Axon's own conflict exceptions, for the first event of an
 * aggregate and for a later one.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class EventStoreOnPostgresTest {

    @Inject
    EventStore eventStore;

    @Test
    void creatingTheSameAggregateTwiceIsAStreamCreationConflict() {
        String aggregateId = UUID.randomUUID().toString();
        append(aggregateId, 0);
        assertThrows(AggregateStreamCreationException.class, () -> append(aggregateId, 0));
        assertEquals(1, eventStore.readEvents(aggregateId).asStream().count());
    }

    @Test
    void twoAppendsAtTheSameSequenceAreAConcurrencyConflict() {
        String aggregateId = UUID.randomUUID().toString();
        append(aggregateId, 0);
        append(aggregateId, 1);
        assertThrows(ConcurrencyException.class, () -> append(aggregateId, 1));
        assertEquals(2, eventStore.readEvents(aggregateId).asStream().count());
    }

    private void append(String aggregateId, long sequence) {
        DefaultUnitOfWork.startAndGet(null)
                .execute(() -> eventStore.publish(
                        new GenericDomainEventMessage<>("Probe", aggregateId, sequence, "probe " + sequence)));
    }
}
