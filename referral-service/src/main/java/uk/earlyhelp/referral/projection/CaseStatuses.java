package uk.earlyhelp.referral.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.referral.domain.ReReferral;

/** Each family's last case closure, from casework's events: what the re-referral flag needs. */
@ApplicationScoped
public class CaseStatuses {

    @Inject
    Jdbc jdbc;

    /** The family's last closure, counting the cases of families merged into it: they are its cases now. */
    public ReReferral.CaseStatus of(String familyId) {
        return jdbc.queryOne(
                        """
                        SELECT last_closed_on, reopened_since FROM family_case_status
                        WHERE family_id = ? OR family_id IN (SELECT family_id FROM family_merge WHERE into_family_id = ?)
                        ORDER BY last_closed_on DESC NULLS LAST LIMIT 1""",
                        row -> new ReReferral.CaseStatus(
                                Optional.ofNullable(row.getObject("last_closed_on", LocalDate.class)),
                                row.getBoolean("reopened_since")),
                        familyId,
                        familyId)
                .orElse(ReReferral.CaseStatus.NEVER_CLOSED);
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
