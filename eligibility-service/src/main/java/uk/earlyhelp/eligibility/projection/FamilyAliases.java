package uk.earlyhelp.eligibility.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** Families merged into others (table {@code family_alias}): an event naming one is about the other. */
@ApplicationScoped
public class FamilyAliases {

    @Inject
    Jdbc jdbc;

    /**
     * Notes that {@code familyId} joined {@code intoFamilyId}, keeping every row pointed at the family the chain ends
     * in (A into B, then B into C: A and B both stand for C), whichever merge arrives first; answers that family.
     */
    public String merged(String familyId, String intoFamilyId) {
        String into = resolve(intoFamilyId);
        jdbc.update(
                "INSERT INTO family_alias (family_id, into_family_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                familyId,
                into);
        jdbc.update("UPDATE family_alias SET into_family_id = ? WHERE into_family_id = ?", into, familyId);
        return into;
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
