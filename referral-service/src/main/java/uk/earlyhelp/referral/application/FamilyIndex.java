package uk.earlyhelp.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.referral.domain.MatchKey;

/**
 * Which family each referred child belongs to, so that referrals from different agencies about the same
 * children join one family. Written in the referral's own transaction; the unique key makes two
 * concurrent referrals of the same new child agree on one family.
 */
@ApplicationScoped
public class FamilyIndex {

    @Inject
    Jdbc jdbc;

    /** The family any of these children already belongs to, else {@code candidateFamilyId}; registers them all. */
    public String familyFor(String council, List<MatchKey> children, String candidateFamilyId) {
        String familyId = children.stream()
                .map(child -> find(council, child))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(candidateFamilyId);
        String agreed = register(council, children.getFirst(), familyId);
        children.stream().skip(1).forEach(child -> register(council, child, agreed));
        return agreed;
    }

    /**
     * Forgets the family's children (their normalised names, dates of birth and postcode) on erasure: a later
     * referral of the same children starts a new family.
     */
    public void forget(String familyId) {
        jdbc.update("DELETE FROM family_match WHERE family_id = ?", familyId);
    }

    private Optional<String> find(String council, MatchKey child) {
        return jdbc.queryOne(
                """
                SELECT family_id FROM family_match
                WHERE council = ? AND family_name = ? AND date_of_birth = ? AND postcode = ?""",
                row -> row.getString("family_id"),
                council,
                child.familyName(),
                child.dateOfBirth(),
                child.postcode());
    }

    /** Inserts the child, or keeps the family it already has; either way answers with the child's family. */
    private String register(String council, MatchKey child, String familyId) {
        return jdbc.query(
                        """
                        INSERT INTO family_match (council, family_name, date_of_birth, postcode, family_id)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (council, family_name, date_of_birth, postcode)
                        DO UPDATE SET family_id = family_match.family_id
                        RETURNING family_id""",
                        row -> row.getString("family_id"),
                        council,
                        child.familyName(),
                        child.dateOfBirth(),
                        child.postcode(),
                        familyId)
                .getFirst();
    }
}
