package uk.earlyhelp.pbr.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** Families merged at the front door (table {@code family_merge}), so that a merged pair is claimed at most once. */
@ApplicationScoped
public class FamilyMerges {

    @Inject
    Jdbc jdbc;

    public void merged(String familyId, String intoFamilyId) {
        jdbc.update(
                "INSERT INTO family_merge (family_id, into_family_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                familyId,
                intoFamilyId);
    }
}
