package uk.earlyhelp.platform.personal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Unwrapped family keys this instance has read, so that reading or writing a known family's personal fields costs no
 * database round trip and no unwrapping. Bounded ({@code earlyhelp.crypto.key-cache.size}) and forgotten after a while
 * unused.
 *
 * <p>Erasure must reach every instance: {@link FamilyKeys#erase} sends a PostgreSQL notification on the channel
 * {@value #CHANNEL} in its transaction, which PostgreSQL delivers when (and only if) it commits; every instance of the
 * service listens on its database and forgets that family's key at once. While the listening connection is down,
 * nothing is cached, and everything is forgotten when it comes back. A key goes into the cache only once the
 * transaction that read or made it has committed, and only if no erasure was heard meanwhile, so a rolled-back key or
 * one read just before an erasure is never kept; until it commits, only that transaction sees it.
 */
@ApplicationScoped
public class FamilyKeyCache {

    private static final Logger LOG = Logger.getLogger(FamilyKeyCache.class);
    static final String CHANNEL = "family_key_erased";

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final Cache<String, SecretKey> keys;
    /** Moves on every erasure heard and every reconnection: a key read before that is not cached. */
    private final AtomicLong invalidations = new AtomicLong();

    private final AtomicBoolean listening = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean stopping;

    @Inject
    FamilyKeyCache(
            DataSource dataSource,
            TransactionSynchronizationRegistry transactions,
            MeterRegistry metrics,
            @ConfigProperty(name = "earlyhelp.crypto.key-cache.size", defaultValue = "10000") long size,
            @ConfigProperty(name = "earlyhelp.crypto.key-cache.idle", defaultValue = "PT10M") Duration idle) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.keys = Caffeine.newBuilder()
                .maximumSize(size)
                .expireAfterAccess(idle)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(metrics, keys, "family-keys");
    }

    Optional<SecretKey> get(String familyId) {
        startListening();
        SecretKey ofThisTransaction = thisTransactionsKeys().get(familyId);
        return Optional.ofNullable(ofThisTransaction != null ? ofThisTransaction : keys.getIfPresent(familyId));
    }

    /** Where a lookup starts: pass it to {@link #put} with what the lookup found. */
    long lookupStarted() {
        return invalidations.get();
    }

    /** Caches the key once the current transaction (if any) commits, unless an erasure was heard since the lookup. */
    void put(String familyId, SecretKey key, long lookupStarted) {
        if (transactions.getTransactionKey() == null) {
            putIfStillValid(familyId, key, lookupStarted);
            return;
        }
        // Until then the transaction itself (which read or made it) need not look the key up again.
        thisTransactionsKeys().put(familyId, key);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    putIfStillValid(familyId, key, lookupStarted);
                }
            }
        });
    }

    /** This instance's own erasure: forgotten here at once (the notification reaches the others). */
    void forget(String familyId) {
        invalidations.incrementAndGet();
        keys.invalidate(familyId);
        thisTransactionsKeys().remove(familyId);
    }

    /** Keys read or made in the current transaction, not yet committed; none outside a transaction. */
    @SuppressWarnings("unchecked")
    private Map<String, SecretKey> thisTransactionsKeys() {
        if (transactions.getTransactionKey() == null) {
            return new HashMap<>();
        }
        Map<String, SecretKey> made = (Map<String, SecretKey>) transactions.getResource(FamilyKeyCache.class);
        if (made == null) {
            made = new HashMap<>();
            transactions.putResource(FamilyKeyCache.class, made);
        }
        return made;
    }

    /** The statement that tells every instance, when the transaction commits, that the family's key is gone. */
    static String notifyErasedSql() {
        return "SELECT pg_notify('" + CHANNEL + "', ?)";
    }

    private void putIfStillValid(String familyId, SecretKey key, long lookupStarted) {
        if (listening.get() && invalidations.get() == lookupStarted) {
            keys.put(familyId, key);
        }
    }

    private void startListening() {
        if (started.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("family-key-erasures").start(this::listen);
        }
    }

    private void listen() {
        while (!stopping) {
            try (Connection connection = dataSource.getConnection()) {
                PGConnection postgres = connection.unwrap(PGConnection.class);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                forgetAll();
                listening.set(true);
                while (!stopping) {
                    PGNotification[] erasures = postgres.getNotifications(1000);
                    if (erasures != null) {
                        for (PGNotification erasure : erasures) {
                            forget(erasure.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!stopping) {
                    LOG.warnf(
                            "Not listening for family key erasures (%s); keys are not cached until it is back",
                            e.getMessage());
                }
            } finally {
                listening.set(false);
                forgetAll();
            }
            pause();
        }
    }

    private void forgetAll() {
        invalidations.incrementAndGet();
        keys.invalidateAll();
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }
}
