package uk.earlyhelp.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * An agency's {@code Idempotency-Key}s. Claiming a key inserts it inside the request's transaction; a
 * concurrent request with the same key waits on the unique key until the first commits, then finds it.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** The first request made with a key: its body's hash and the referral it created. */
    public record FirstRequest(String requestHash, String referralId, String familyId) {}

    @Inject
    Jdbc jdbc;

    @Inject
    Clock clock;

    /** Empty when this request is the first with the key; otherwise the first request. */
    public Optional<FirstRequest> claim(String council, String agency, String key, String requestHash) {
        int inserted = jdbc.update("""
                INSERT INTO idempotency_key (council, agency, idempotency_key, request_hash, created_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", council, agency, key, requestHash, clock.instant());
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.queryOne(
                """
                SELECT request_hash, referral_id, family_id FROM idempotency_key
                WHERE council = ? AND agency = ? AND idempotency_key = ?""",
                row -> new FirstRequest(
                        row.getString("request_hash"), row.getString("referral_id"), row.getString("family_id")),
                council,
                agency,
                key);
    }

    /**
     * On erasure, drops the hashes of the family's request bodies (they were made from its personal data). A
     * retry with one of its keys then answers 409 rather than referring the family again.
     */
    public void forget(String familyId) {
        jdbc.update("UPDATE idempotency_key SET request_hash = 'ERASED' WHERE family_id = ?", familyId);
    }

    public void answered(String council, String agency, String key, String referralId, String familyId) {
        jdbc.update("""
                UPDATE idempotency_key SET referral_id = ?, family_id = ?
                WHERE council = ? AND agency = ? AND idempotency_key = ?""", referralId, familyId, council, agency, key);
    }
}
