package uk.earlyhelp.platform.parked;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.concurrent.TimeoutException;
import uk.earlyhelp.platform.personal.FamilyKeyUnavailable;

/**
 * Whether a failure belongs to the moment (the broker or the database away, a deadlock, a missing master key:
 * wait and try the same event again, for as long as it takes) or to the event itself (a record Kafka refuses, a
 * value the database cannot hold, a bug: park it after a few tries and go on with the others).
 */
public final class Failures {

    private Failures() {}

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.apache.kafka.common.errors.RetriableException
                    || cause instanceof TimeoutException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof FamilyKeyUnavailable
                    || cause instanceof jakarta.transaction.SystemException
                    || cause instanceof InterruptedException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransientState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Connection (08), transaction rollback such as serialization failure or deadlock (40), resources (53), admin (57). */
    private static boolean isTransientState(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08")
                        || sqlState.startsWith("40")
                        || sqlState.startsWith("53")
                        || sqlState.startsWith("57"));
    }
}
