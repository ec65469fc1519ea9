package uk.earlyhelp.eligibility.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** Queries on the decision read model. */
@ApplicationScoped
public class Decisions {

    @Inject
    Jdbc jdbc;

    public Optional<FamilyEligibility> forFamily(String familyId) {
        record Row(String council, DecisionView decision) {}
        List<Row> rows = jdbc.query(
                "SELECT * FROM eligibility_decision WHERE family_id = ? ORDER BY sequence",
                row -> new Row(
                        row.getString("council"),
                        new DecisionView(
                                row.getString("decision_id"),
                                row.getString("decision"),
                                Jdbc.strings(row, "problems_counted"),
                                row.getInt("problems_still_needed"),
                                row.getString("rule_version"),
                                row.getString("reason"),
                                Jdbc.strings(row, "evidencing_referral_ids"),
                                row.getString("triggered_by_referral_id"),
                                Jdbc.instant(row, "decided_at"))),
                familyId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<DecisionView> history = rows.stream().map(Row::decision).toList();
        return Optional.of(new FamilyEligibility(familyId, rows.getFirst().council(), history.getLast(), history));
    }
}
