package uk.earlyhelp.platform.axon;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Runs Axon's units of work in Narayana JTA transactions, joining one that is already active. So a Kafka
 * consumer's inbox row and the events its command appends commit together, and so does a projection's
 * update with its processor's token.
 */
final class JtaTransactionManager implements TransactionManager {

    private static final Transaction JOINED = new Transaction() {
        @Override
        public void commit() {
            // The transaction's owner commits it.
        }

        @Override
        public void rollback() {
            // The owner decides; the exception that brought us here reaches it.
        }
    };

    private final jakarta.transaction.TransactionManager jta;

    JtaTransactionManager(jakarta.transaction.TransactionManager jta) {
        this.jta = jta;
    }

    @Override
    public Transaction startTransaction() {
        try {
            if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return JOINED;
            }
            jta.begin();
            return new Transaction() {
                @Override
                public void commit() {
                    try {
                        jta.commit();
                    } catch (Exception e) {
                        throw new IllegalStateException("Commit failed", e);
                    }
                }

                @Override
                public void rollback() {
                    try {
                        if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                            jta.rollback();
                        }
                    } catch (SystemException e) {
                        throw new IllegalStateException("Rollback failed", e);
                    }
                }
            };
        } catch (Exception e) {
            throw new IllegalStateException("Could not start a transaction", e);
        }
    }
}
