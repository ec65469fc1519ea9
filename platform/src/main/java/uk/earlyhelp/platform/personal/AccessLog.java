package uk.earlyhelp.platform.personal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * Every read of a family's personal data in a service that holds it (docs/personal-data.md): who, in which role, when,
 * which family, and what was read (a referral, a plan history, a subject access export). Kept in the
 * service's own {@code access_log} table; it names staff and ids, never the family's personal data, so
 * it outlives an erasure.
 */
@ApplicationScoped
public class AccessLog {

    /** One read. {@code referralId} is set where one referral was read. */
    public record Entry(
            String reader,
            String role,
            String council,
            String familyId,
            String what,
            String referralId,
            Instant readAt) {}

    @Inject
    Jdbc jdbc;

    @Inject
    Clock clock;

    public void read(String reader, String role, String council, String familyId, String what, String referralId) {
        jdbc.update("""
                INSERT INTO access_log (reader, role, council, family_id, what, referral_id, read_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", reader, role, council, familyId, what, referralId, clock.instant());
    }

    /** The family's reads, oldest first. */
    public List<Entry> forFamily(String familyId) {
        return jdbc.query(
                "SELECT * FROM access_log WHERE family_id = ? ORDER BY read_at, id",
                row -> new Entry(
                        row.getString("reader"),
                        row.getString("role"),
                        row.getString("council"),
                        row.getString("family_id"),
                        row.getString("what"),
                        row.getString("referral_id"),
                        Jdbc.instant(row, "read_at")),
                familyId);
    }
}
