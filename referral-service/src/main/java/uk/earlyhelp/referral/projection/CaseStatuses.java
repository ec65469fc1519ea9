package uk.earlyhelp.referral.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.referral.domain.ReReferral;

/** Each family's last case closure, from casework's events: what the re-referral flag needs. */
@ApplicationScoped
public class CaseStatuses {

    private final Jdbc jdbc;

    CaseStatuses(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public ReReferral.CaseStatus of(String familyId) {
        return jdbc.queryOne(
                        "SELECT last_closed_on, reopened_since FROM family_case_status WHERE family_id = ?",
                        row -> new ReReferral.CaseStatus(
                                Optional.ofNullable(row.getObject("last_closed_on", LocalDate.class)),
                                row.getBoolean("reopened_since")),
                        familyId)
                .orElse(ReReferral.CaseStatus.NEVER_CLOSED);
    }

    /** A family whose case is closed (not reopened since) and whose personal data is not yet erased. */
    public record ClosedCase(String familyId, String council, LocalDate closedOn) {}

    /** Every closed case not yet erased, with its council (from the family's referrals). */
    public List<ClosedCase> closedAndNotErased() {
        return jdbc.query(
                """
                SELECT s.family_id, min(v.council) AS council, s.last_closed_on
                FROM family_case_status s JOIN referral_view v ON v.family_id = s.family_id
                WHERE s.last_closed_on IS NOT NULL AND NOT s.reopened_since
                  AND NOT EXISTS (SELECT 1 FROM family_erasure e WHERE e.family_id = s.family_id)
                GROUP BY s.family_id, s.last_closed_on""",
                row -> new ClosedCase(
                        row.getString("family_id"),
                        row.getString("council"),
                        row.getObject("last_closed_on", LocalDate.class)));
    }

    public void closed(String familyId, LocalDate closedOn) {
        jdbc.update("""
                INSERT INTO family_case_status (family_id, last_closed_on, reopened_since) VALUES (?, ?, FALSE)
                ON CONFLICT (family_id) DO UPDATE SET last_closed_on = EXCLUDED.last_closed_on, reopened_since = FALSE
                WHERE family_case_status.last_closed_on IS NULL OR family_case_status.last_closed_on <= EXCLUDED.last_closed_on""", familyId, closedOn);
    }

    public void reopened(String familyId, LocalDate reopenedOn) {
        jdbc.update("""
                UPDATE family_case_status SET reopened_since = TRUE
                WHERE family_id = ? AND last_closed_on <= ?""", familyId, reopenedOn);
    }
}
