package uk.earlyhelp.referral.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * When each family was last active, as this service received it (a referral, any event on its case), and whether
 * its case is open: what retention counts from (docs/personal-data.md). Dates typed by people (a closure's date)
 * never move it back, and nothing moves it earlier than it is.
 */
@ApplicationScoped
public class FamilyActivity {

    /** A family that may be due for erasure: no open case, no legal hold, not erased. */
    public record Quiet(String familyId, String council, LocalDate lastActivityOn) {}

    @Inject
    Jdbc jdbc;

    /** Something happened to the family on {@code on}; {@code caseOpen} says whether its case is open now, if known. */
    public void active(String familyId, String council, LocalDate on, Optional<Boolean> caseOpen) {
        jdbc.update("""
                INSERT INTO family_activity (family_id, council, last_activity_on, case_open) VALUES (?, ?, ?, ?)
                ON CONFLICT (family_id) DO UPDATE
                  SET last_activity_on = greatest(family_activity.last_activity_on, EXCLUDED.last_activity_on),
                      case_open = CASE WHEN ? THEN EXCLUDED.case_open ELSE family_activity.case_open END""", familyId, council, on, caseOpen.orElse(false), caseOpen.isPresent());
    }

    /** The council a family was referred to, if this service has ever received a referral for it. */
    public Optional<String> councilOf(String familyId) {
        return jdbc.queryOne(
                "SELECT council FROM family_activity WHERE family_id = ?", row -> row.getString(1), familyId);
    }

    /** Families whose last activity was on or before {@code before}, with no open case, no hold and not erased. */
    public List<Quiet> quietSince(LocalDate before) {
        return jdbc.query(
                """
                SELECT a.family_id, a.council, a.last_activity_on FROM family_activity a
                WHERE a.last_activity_on <= ? AND NOT a.case_open
                  AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.family_id = a.family_id)
                  AND NOT EXISTS (SELECT 1 FROM family_erasure e WHERE e.family_id = a.family_id)
                  -- A merged family is erased with the family it was merged into, when that one's time comes.
                  AND NOT EXISTS (SELECT 1 FROM family_merge m WHERE m.family_id = a.family_id)
                ORDER BY a.last_activity_on""",
                row -> new Quiet(
                        row.getString("family_id"),
                        row.getString("council"),
                        row.getObject("last_activity_on", LocalDate.class)),
                before);
    }
}
