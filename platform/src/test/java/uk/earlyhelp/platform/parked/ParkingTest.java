package uk.earlyhelp.platform.parked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.personal.FamilyKeyUnavailable;

/** Which failures wait for the outage to pass, which park the event, and how events are sequenced per family. */
class ParkingTest {

    @Test
    void outagesAreTransientAndTheEventsOwnFaultsAreNot() {
        assertTrue(Failures.isTransient(
                new ExecutionException(new org.apache.kafka.common.errors.TimeoutException("broker away"))));
        assertTrue(Failures.isTransient(new IllegalStateException(new SQLException("gone", "08006"))));
        assertTrue(Failures.isTransient(new RuntimeException(new SQLException("deadlock", "40P01"))));
        assertTrue(Failures.isTransient(new FamilyKeyUnavailable("master key missing")));

        assertFalse(Failures.isTransient(new ExecutionException(new RecordTooLargeException("1.2 MB"))));
        assertFalse(Failures.isTransient(new RuntimeException(new SQLException("date out of range", "22008"))));
        assertFalse(Failures.isTransient(new IllegalArgumentException("a bug")));
    }

    @Test
    void anEventsOwnFaultIsRetriedThenParked() {
        AtomicInteger parked = new AtomicInteger();
        ParkingPolicy policy = new ParkingPolicy("kafka-publisher", parked::incrementAndGet);
        EventMessage<?> event = GenericEventMessage.asEventMessage("an event");
        RuntimeException tooLarge = new IllegalStateException(new RecordTooLargeException("1.2 MB"));
        var letter = new GenericDeadLetter<>("family-1", event, tooLarge);

        for (int attempt = 1; attempt < ParkingPolicy.ATTEMPTS; attempt++) {
            assertSame(tooLarge, assertThrows(RuntimeException.class, () -> policy.decide(letter, tooLarge)));
        }
        assertTrue(policy.decide(letter, tooLarge).shouldEnqueue());
        assertEquals(1, parked.get());
    }

    @Test
    void anOutageIsNeverParked() {
        ParkingPolicy policy = new ParkingPolicy("kafka-publisher", () -> {
            throw new AssertionError("parked during an outage");
        });
        EventMessage<?> event = GenericEventMessage.asEventMessage("an event");
        RuntimeException away = new IllegalStateException(new org.apache.kafka.common.errors.TimeoutException("away"));
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThrows(RuntimeException.class, () -> policy.decide(new GenericDeadLetter<>("f", event, away), away));
        }
    }

    record ReferralNoted(String referralId, String familyId) {}

    @Test
    void eventsAreSequencedByTheirFamilyElseTheirAggregate() {
        FamilySequencing sequencing = new FamilySequencing();
        var referral = new GenericDomainEventMessage<>(
                "Referral", "referral-9", 0, new ReferralNoted("referral-9", "family-1"));
        var other = new GenericDomainEventMessage<>("Batch", "batch-3", 0, "no family here");
        assertEquals("family-1", sequencing.getSequenceIdentifierFor(referral));
        assertEquals("batch-3", sequencing.getSequenceIdentifierFor(other));
    }
}
