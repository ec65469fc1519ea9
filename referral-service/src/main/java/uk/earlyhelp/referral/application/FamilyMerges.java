package uk.earlyhelp.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** Which families were merged into which (table {@code family_merge}): a merged family is the other from then on. */
@ApplicationScoped
public class FamilyMerges {

    @Inject
    Jdbc jdbc;

    void merged(String familyId, String intoFamilyId, String council, Instant at) {
        jdbc.update(
                "INSERT INTO family_merge (family_id, into_family_id, council, merged_at) VALUES (?, ?, ?, ?)",
                familyId,
                intoFamilyId,
                council,
                at);
    }

    /** The family {@code familyId} was merged into, if it was. */
    public Optional<String> intoOf(String familyId) {
        return jdbc.queryOne(
                "SELECT into_family_id FROM family_merge WHERE family_id = ?", row -> row.getString(1), familyId);
    }

    /** The families merged into {@code familyId}. */
    public List<String> mergedInto(String familyId) {
        return jdbc.query(
                "SELECT family_id FROM family_merge WHERE into_family_id = ? ORDER BY family_id",
                row -> row.getString(1),
                familyId);
    }
}
