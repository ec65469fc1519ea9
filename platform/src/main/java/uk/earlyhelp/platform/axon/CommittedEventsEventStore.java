package uk.earlyhelp.platform.axon;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionManager;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, waking its readers (the event processors) when new events are committed rather than
 * when Axon's unit of work ends. The two differ when the unit of work joins a transaction someone else owns (a Kafka
 * consumer's, which also holds its inbox row): Axon's notification then comes before the commit, the readers find
 * nothing yet and sleep until their next poll, so every hop of the pipeline waited out the fetch delay. Here the
 * notification waits for the JTA transaction to commit (a {@link Synchronization}), and is dropped if it rolls back.
 */
final class CommittedEventsEventStore extends EmbeddedEventStore {

    private final TransactionManager jta;

    CommittedEventsEventStore(Builder builder, TransactionManager jta) {
        super(builder);
        this.jta = jta;
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        try {
            if (jta.getStatus() == Status.STATUS_ACTIVE) {
                jta.getTransaction().registerSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        // Nothing to do before the commit.
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            notifyReaders(events);
                        }
                    }
                });
                return;
            }
        } catch (Exception e) {
            // The transaction is ending and takes no synchronization: tell the readers now, as Axon would; at worst
            // they find nothing new and poll again.
        }
        notifyReaders(events);
    }

    private void notifyReaders(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
    }
}
