package uk.earlyhelp.platform.personal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.jboss.logging.Logger;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * Each family's data key, in the service's own {@code family_key} table, wrapped by a master key
 * ({@link MasterKeys}). Erasure deletes the wrapped key and leaves a tombstone, so the family's encrypted
 * fields can never be read again and nothing new about the family is stored readable (docs/personal-data.md). Keys in
 * use are cached ({@link FamilyKeyCache}), and an erasure reaches every instance's cache as it commits.
 */
@ApplicationScoped
public class FamilyKeys {

    private static final Logger LOG = Logger.getLogger(FamilyKeys.class);
    private static final int REWRAP_BATCH = 200;

    /** What a key rotation did: keys re-wrapped to the current version, and keys whose master key is missing. */
    public record Rotation(String masterKeyVersion, int rewrapped, int unreadable) {}

    private record Wrapped(String familyId, String version, byte[] wrappedKey) {}

    @Inject
    Jdbc jdbc;

    @Inject
    MasterKeys masterKeys;

    @Inject
    Clock clock;

    @Inject
    FamilyKeyCache cache;

    /**
     * The family's key; empty when the family was erased (or never had personal data stored). A key that exists
     * but cannot be unwrapped throws {@link FamilyKeyUnavailable}: it must never read as an erasure.
     */
    public Optional<SecretKey> forReading(String familyId) {
        Optional<SecretKey> cached = cache.get(familyId);
        if (cached.isPresent()) {
            return cached;
        }
        long lookup = cache.lookupStarted();
        Optional<SecretKey> key = find(familyId).map(this::unwrap);
        key.ifPresent(found -> cache.put(familyId, found, lookup));
        return key;
    }

    /**
     * The family's key, made now if it has none, inside the caller's transaction (so it commits with the
     * events it encrypts). Two first writers agree on one key through the primary key. An erased family has no
     * key and gets none: {@link FamilyAlreadyErased}.
     */
    public SecretKey forWriting(String familyId) {
        Optional<SecretKey> cached = cache.get(familyId);
        if (cached.isPresent()) {
            return cached.get();
        }
        long lookup = cache.lookupStarted();
        SecretKey key = readOrMake(familyId);
        cache.put(familyId, key, lookup);
        return key;
    }

    /**
     * The key of a family this transaction has just created (the caller knows the id is new): made and stored without
     * looking for one first, and remembered for the rest of the transaction, so that encrypting the family's first
     * events costs one statement. Should the id not be new after all, the stored key is the family's.
     */
    public SecretKey forNewFamily(String familyId) {
        long lookup = cache.lookupStarted();
        SecretKey key = make(familyId);
        cache.put(familyId, key, lookup);
        return key;
    }

    private SecretKey readOrMake(String familyId) {
        Optional<Wrapped> stored = stored(familyId);
        if (stored.isPresent()) {
            // A family already known (the common case): one read, and no new key made and wrapped for nothing.
            if (stored.get().wrappedKey() == null) {
                throw new FamilyAlreadyErased(familyId);
            }
            return unwrap(stored.get());
        }
        return make(familyId);
    }

    private SecretKey make(String familyId) {
        String version = masterKeys.currentVersion();
        SecretKey key = Aes.newKey();
        boolean made =
                jdbc.update("""
                INSERT INTO family_key (family_id, master_key_version, wrapped_key, created_at)
                VALUES (?, ?, ?, ?) ON CONFLICT (family_id) DO NOTHING""", familyId, version, wrap(familyId, version, masterKeys.current(), key), clock.instant())
                        == 1;
        if (made) {
            return key;
        }
        // Another first writer won (or erased the family meanwhile): its key is the family's.
        return find(familyId).map(this::unwrap).orElseThrow(() -> new FamilyAlreadyErased(familyId));
    }

    /** Deletes the family's key for good. True the first time; erasing again changes nothing. */
    public boolean erase(String familyId) {
        cache.forget(familyId);
        // Delivered to every instance's cache when this transaction commits (FamilyKeyCache).
        jdbc.queryOne(FamilyKeyCache.notifyErasedSql(), row -> row.getString(1), familyId);
        return jdbc.update("""
                        INSERT INTO family_key (family_id, master_key_version, wrapped_key, created_at, erased_at)
                        VALUES (?, NULL, NULL, ?, ?)
                        ON CONFLICT (family_id) DO UPDATE
                          SET master_key_version = NULL, wrapped_key = NULL, erased_at = EXCLUDED.erased_at
                          WHERE family_key.erased_at IS NULL""", familyId, clock.instant(), clock.instant()) == 1;
    }

    public boolean erased(String familyId) {
        return jdbc.queryOne(
                        "SELECT erased_at IS NOT NULL FROM family_key WHERE family_id = ?",
                        row -> row.getBoolean(1),
                        familyId)
                .orElse(false);
    }

    /**
     * Re-wraps every family key not under master key {@code version} (normally the current one), a batch per
     * transaction, while the service keeps running: readers unwrap each key with the version recorded beside
     * it, and a batch only replaces a key still under the version it read. Repeating it changes nothing.
     */
    public Rotation rewrap(String version) {
        String current = version;
        SecretKey currentKey = masterKeys
                .version(version)
                .orElseThrow(() -> new IllegalArgumentException("No master key version " + version + " is configured"));
        int rewrapped = 0;
        int unreadable = 0;
        String after = "";
        while (true) {
            String from = after;
            List<Wrapped> batch = jdbc.query(
                    """
                    SELECT family_id, master_key_version, wrapped_key FROM family_key
                    WHERE wrapped_key IS NOT NULL AND master_key_version <> ? AND family_id > ?
                    ORDER BY family_id LIMIT ?""",
                    row -> new Wrapped(
                            row.getString("family_id"),
                            row.getString("master_key_version"),
                            row.getBytes("wrapped_key")),
                    current,
                    from,
                    REWRAP_BATCH);
            if (batch.isEmpty()) {
                return new Rotation(current, rewrapped, unreadable);
            }
            int[] counts = QuarkusTransaction.requiringNew().call(() -> {
                int done = 0;
                int missing = 0;
                for (Wrapped old : batch) {
                    Optional<SecretKey> key = tryUnwrap(old);
                    if (key.isEmpty()) {
                        missing++;
                        continue;
                    }
                    done += jdbc.update(
                            """
                            UPDATE family_key SET master_key_version = ?, wrapped_key = ?
                            WHERE family_id = ? AND master_key_version = ?""",
                            current,
                            wrap(old.familyId(), current, currentKey, key.get()),
                            old.familyId(),
                            old.version());
                }
                return new int[] {done, missing};
            });
            rewrapped += counts[0];
            unreadable += counts[1];
            after = batch.getLast().familyId();
        }
    }

    private Optional<Wrapped> find(String familyId) {
        return stored(familyId).filter(wrapped -> wrapped.wrappedKey() != null);
    }

    /** The family's row, erased (no wrapped key) or not. */
    private Optional<Wrapped> stored(String familyId) {
        return jdbc.queryOne(
                "SELECT family_id, master_key_version, wrapped_key FROM family_key WHERE family_id = ?",
                row -> new Wrapped(
                        row.getString("family_id"), row.getString("master_key_version"), row.getBytes("wrapped_key")),
                familyId);
    }

    /** The family key under its master key; a key that exists but will not unwrap is a fault, not an erasure. */
    private SecretKey unwrap(Wrapped wrapped) {
        return tryUnwrap(wrapped)
                .orElseThrow(() -> new FamilyKeyUnavailable("The key of family " + wrapped.familyId()
                        + " does not unwrap with master key version " + wrapped.version()
                        + " (is earlyhelp.crypto.master-keys." + wrapped.version() + " configured?)"));
    }

    private Optional<SecretKey> tryUnwrap(Wrapped wrapped) {
        Optional<SecretKey> master = masterKeys.version(wrapped.version());
        if (master.isEmpty()) {
            LOG.errorf(
                    "The key of family %s is wrapped by master key version %s, which is not configured",
                    wrapped.familyId(), wrapped.version());
            return Optional.empty();
        }
        try {
            return Optional.of(Aes.key(Aes.decrypt(
                    master.get(), wrapped.wrappedKey(), associatedData(wrapped.familyId(), wrapped.version()))));
        } catch (GeneralSecurityException e) {
            LOG.errorf(
                    "The key of family %s does not unwrap with master key version %s",
                    wrapped.familyId(), wrapped.version());
            return Optional.empty();
        }
    }

    private static byte[] wrap(String familyId, String version, SecretKey master, SecretKey familyKey) {
        return Aes.encrypt(master, familyKey.getEncoded(), associatedData(familyId, version));
    }

    private static String associatedData(String familyId, String version) {
        return "family-key:" + familyId + ":" + version;
    }
}
