package uk.earlyhelp.referral.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** Records every read of a referral's personal data: who, in which role, when, and which referral (SPEC §8). */
@ApplicationScoped
public class AccessLog {

    private final Jdbc jdbc;
    private final Clock clock;

    AccessLog(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void personalDataRead(String reader, String role, String council, String referralId, String familyId) {
        jdbc.update("""
                INSERT INTO access_log (reader, role, council, referral_id, family_id, read_at)
                VALUES (?, ?, ?, ?, ?, ?)""", reader, role, council, referralId, familyId, clock.instant());
    }
}
