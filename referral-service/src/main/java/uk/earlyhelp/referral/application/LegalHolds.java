package uk.earlyhelp.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.security.Caller;

/**
 * A data-protection officer places a legal hold on a family (litigation, a serious case review) so that the
 * retention job keeps its data past the council's period, and lifts it when the matter ends. Held families are
 * still erased on a data subject's request: a hold stops the schedule, not the officer.
 */
@ApplicationScoped
public class LegalHolds {

    /** The hold on a family, as the officer placed it. */
    public record Hold(String familyId, String reason, String placedBy, String placedAt) {}

    @Inject
    ReferralAccess access;

    @Inject
    Jdbc jdbc;

    @Inject
    Clock clock;

    /** Places (or replaces the reason of) the hold on the caller's council's family. */
    @Transactional
    public Hold place(String familyId, String reason, Caller caller) {
        String council = access.familyReferrals(familyId, caller).getFirst().council();
        jdbc.update("""
                INSERT INTO legal_hold (family_id, council, reason, placed_by, placed_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (family_id) DO UPDATE SET reason = EXCLUDED.reason, placed_by = EXCLUDED.placed_by,
                                                      placed_at = EXCLUDED.placed_at""", familyId, council, reason, caller.name(), clock.instant());
        return find(familyId).orElseThrow();
    }

    /** Lifts the hold; true when there was one. */
    @Transactional
    public boolean lift(String familyId, Caller caller) {
        access.familyReferrals(familyId, caller);
        return jdbc.update("DELETE FROM legal_hold WHERE family_id = ?", familyId) == 1;
    }

    public Optional<Hold> find(String familyId) {
        return jdbc.queryOne(
                "SELECT family_id, reason, placed_by, placed_at FROM legal_hold WHERE family_id = ?",
                row -> new Hold(
                        row.getString("family_id"),
                        row.getString("reason"),
                        row.getString("placed_by"),
                        Jdbc.instant(row, "placed_at").toString()),
                familyId);
    }
}
