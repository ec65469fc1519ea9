package uk.earlyhelp.referral.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** The latest eligibility decision per family, from eligibility-service's events. */
@ApplicationScoped
public class FamilyDecisions {

    @Inject
    Jdbc jdbc;

    /** Keeps the later of the stored and the given decision, so a redelivered older one changes nothing. */
    public void record(EligibilityDecidedV1 decided) {
        jdbc.update(
                """
                INSERT INTO family_eligibility (family_id, decision, reason, rule_version, decided_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (family_id) DO UPDATE SET decision = EXCLUDED.decision, reason = EXCLUDED.reason,
                  rule_version = EXCLUDED.rule_version, decided_at = EXCLUDED.decided_at
                WHERE family_eligibility.decided_at < EXCLUDED.decided_at""",
                decided.familyId(),
                decided.decision(),
                decided.reason(),
                decided.ruleVersion(),
                decided.decidedAt());
    }

    public Optional<FamilyDecision> latest(String familyId) {
        return jdbc.queryOne(
                "SELECT * FROM family_eligibility WHERE family_id = ?",
                row -> new FamilyDecision(
                        row.getString("decision"),
                        row.getString("reason"),
                        row.getString("rule_version"),
                        Jdbc.instant(row, "decided_at")),
                familyId);
    }
}
