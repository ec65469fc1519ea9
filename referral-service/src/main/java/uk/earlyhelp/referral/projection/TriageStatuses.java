package uk.earlyhelp.referral.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.earlyhelp.platform.jdbc.BatchedWrites;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * Which families wait for triage and by when, and what each was last triaged to (table {@code family_triage}). Its
 * projection's changes to a family's row go with the processor batch, in order per family ({@link BatchedWrites}).
 */
@ApplicationScoped
public class TriageStatuses {

    /** A family's triage state; {@code dueAt} is null once every referral it has is triaged. */
    public record TriageStatus(
            String familyId,
            String council,
            Instant pendingSince,
            boolean escalation,
            Instant dueAt,
            String lastOutcome,
            String team,
            Instant triagedAt) {

        public boolean overdueAt(Instant now) {
            return dueAt != null && now.isAfter(dueAt);
        }
    }

    @Inject
    Jdbc jdbc;

    @Inject
    BatchedWrites writes;

    /** A referral waits for triage: the family is due by the earlier of its standing due time and this one's. */
    public void referred(String familyId, String council, Instant receivedAt, boolean escalation, Instant dueAt) {
        writes.inOrder(familyId, """
                INSERT INTO family_triage (family_id, council, pending_since, escalation, due_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (family_id) DO UPDATE SET
                  pending_since = COALESCE(family_triage.pending_since, EXCLUDED.pending_since),
                  escalation = (family_triage.pending_since IS NOT NULL AND family_triage.escalation)
                               OR EXCLUDED.escalation,
                  due_at = CASE WHEN family_triage.pending_since IS NULL THEN EXCLUDED.due_at
                                ELSE LEAST(family_triage.due_at, EXCLUDED.due_at) END""", familyId, council, receivedAt, escalation, dueAt);
    }

    public void triaged(String familyId, String council, String outcome, String team, Instant triagedAt) {
        writes.inOrder(familyId, """
                INSERT INTO family_triage (family_id, council, last_outcome, team, triaged_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (family_id) DO UPDATE SET pending_since = NULL, escalation = FALSE, due_at = NULL,
                  last_outcome = EXCLUDED.last_outcome, team = EXCLUDED.team, triaged_at = EXCLUDED.triaged_at""", familyId, council, outcome, team, triagedAt);
    }

    /** A merged family's untriaged referrals make the family it was merged into wait for triage. */
    public void merged(String familyId, String intoFamilyId) {
        // Reads one family's row and changes another's, either of which this batch may still hold: those go first.
        writes.flush();
        jdbc.update("""
                INSERT INTO family_triage (family_id, council, pending_since, escalation, due_at)
                SELECT ?, council, pending_since, escalation, due_at FROM family_triage
                WHERE family_id = ? AND pending_since IS NOT NULL
                ON CONFLICT (family_id) DO UPDATE SET
                  pending_since = LEAST(family_triage.pending_since, EXCLUDED.pending_since),
                  escalation = (family_triage.pending_since IS NOT NULL AND family_triage.escalation)
                               OR EXCLUDED.escalation,
                  due_at = LEAST(family_triage.due_at, EXCLUDED.due_at)""", intoFamilyId, familyId);
        jdbc.update("DELETE FROM family_triage WHERE family_id = ?", familyId);
    }

    public Optional<TriageStatus> of(String familyId) {
        return jdbc.queryOne("SELECT * FROM family_triage WHERE family_id = ?", TriageStatuses::status, familyId);
    }

    /** The council's families waiting for triage, the soonest due first. */
    public List<TriageStatus> pending(String council, int limit) {
        return jdbc.query("""
                SELECT * FROM family_triage WHERE council = ? AND pending_since IS NOT NULL
                ORDER BY due_at, family_id LIMIT ?""", TriageStatuses::status, council, limit);
    }

    private static TriageStatus status(java.sql.ResultSet row) throws java.sql.SQLException {
        return new TriageStatus(
                row.getString("family_id"),
                row.getString("council"),
                Jdbc.instant(row, "pending_since"),
                row.getBoolean("escalation"),
                Jdbc.instant(row, "due_at"),
                row.getString("last_outcome"),
                row.getString("team"),
                Jdbc.instant(row, "triaged_at"));
    }
}
