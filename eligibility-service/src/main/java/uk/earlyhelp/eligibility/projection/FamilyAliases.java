package uk.earlyhelp.eligibility.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** Families merged into others (table {@code family_alias}): an event naming one is about the other. */
@ApplicationScoped
public class FamilyAliases {

    @Inject
    Jdbc jdbc;

    public void merged(String familyId, String intoFamilyId) {
        jdbc.update(
                "INSERT INTO family_alias (family_id, into_family_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                familyId,
                intoFamilyId);
    }

    /** The family {@code familyId} stands for now: itself, or the one it was merged into. */
    public String resolve(String familyId) {
        return jdbc.queryOne(
                        "SELECT into_family_id FROM family_alias WHERE family_id = ?",
                        row -> row.getString(1),
                        familyId)
                .orElse(familyId);
    }
}
