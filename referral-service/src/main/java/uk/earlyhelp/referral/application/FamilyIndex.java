package uk.earlyhelp.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.referral.domain.MatchKey;
import uk.earlyhelp.referral.domain.NearMatch;

/**
 * Which family each referred child belongs to, so that referrals from different agencies about the same
 * children join one family: by a member's NHS number or UPN first, else by a child's normalised name, date of birth
 * and postcode. Written in the referral's own transaction; the unique key makes two
 * concurrent referrals of the same new child agree on one family.
 */
@ApplicationScoped
public class FamilyIndex {

    @Inject
    Jdbc jdbc;

    /** A member's national identifier: {@code NHS} number or {@code UPN}, as {@link Identifiers} writes them. */
    public record IdentifierKey(String kind, String value) {}

    /**
     * The family one of these identifiers already joins; else the one any of these children already belongs to;
     * else {@code candidateFamilyId}. Registers them all with the family answered.
     */
    public String familyFor(
            String council, List<IdentifierKey> identifiers, List<MatchKey> children, String candidateFamilyId) {
        Optional<String> identified = identifiers.stream()
                .map(identifier -> find(council, identifier))
                .flatMap(Optional::stream)
                .findFirst();
        String agreed;
        if (identified.isPresent()) {
            agreed = identified.get();
            children.forEach(child -> register(council, child, identified.get()));
        } else if (children.isEmpty()) {
            // A pre-birth referral: an unborn child has no date of birth to be matched by yet.
            agreed = candidateFamilyId;
        } else {
            // One child (the common case) needs no look-up first: registering it answers the family it already has.
            String familyId = children.size() == 1
                    ? candidateFamilyId
                    : children.stream()
                            .map(child -> find(council, child))
                            .flatMap(Optional::stream)
                            .findFirst()
                            .orElse(candidateFamilyId);
            String first = register(council, children.getFirst(), familyId);
            children.stream().skip(1).forEach(child -> register(council, child, first));
            agreed = first;
        }
        identifiers.forEach(identifier -> register(council, identifier, agreed));
        return agreed;
    }

    /**
     * Forgets the family's children (their normalised names, dates of birth and postcode) on erasure: a later
     * referral of the same children starts a new family.
     */
    public void forget(String familyId) {
        jdbc.update("DELETE FROM family_match WHERE family_id = ?", familyId);
        jdbc.update("DELETE FROM family_identifier WHERE family_id = ?", familyId);
    }

    private Optional<String> find(String council, IdentifierKey identifier) {
        return jdbc.queryOne(
                "SELECT family_id FROM family_identifier WHERE council = ? AND kind = ? AND value = ?",
                row -> row.getString("family_id"),
                council,
                identifier.kind(),
                identifier.value());
    }

    /** Registers the identifier with the family, unless it already joins one (the first family keeps it). */
    private void register(String council, IdentifierKey identifier, String familyId) {
        jdbc.update("""
                INSERT INTO family_identifier (council, kind, value, family_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (council, kind, value) DO NOTHING""", council, identifier.kind(), identifier.value(), familyId);
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
                        INSERT INTO family_match (council, family_name, date_of_birth, postcode, family_id, given_name)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (council, family_name, date_of_birth, postcode)
                        DO UPDATE SET family_id = family_match.family_id,
                                      given_name = COALESCE(family_match.given_name, EXCLUDED.given_name)
                        RETURNING family_id""",
                        row -> row.getString("family_id"),
                        council,
                        child.familyName(),
                        child.dateOfBirth(),
                        child.postcode(),
                        familyId,
                        child.givenName())
                .getFirst();
    }

    /** A known child of another family that a referred child may be, and why ({@link NearMatch}). */
    public record Near(String familyId, String reason) {}

    /** Children of the council's other families, born the same day, whom these children may be. */
    public List<Near> nearMatches(String council, List<MatchKey> children, String familyId) {
        List<Near> near = new ArrayList<>();
        for (MatchKey child : children) {
            jdbc
                    .query(
                            """
                            SELECT family_id, given_name, family_name, date_of_birth, postcode FROM family_match
                            WHERE council = ? AND date_of_birth = ? AND family_id <> ?
                              AND (postcode = ? OR (family_name = ? AND given_name = ?))""",
                            row -> new Near(
                                    row.getString("family_id"),
                                    NearMatch.reason(
                                                    child,
                                                    new MatchKey(
                                                            row.getString("given_name"),
                                                            row.getString("family_name"),
                                                            row.getObject("date_of_birth", LocalDate.class),
                                                            row.getString("postcode")))
                                            .orElse(null)),
                            council,
                            child.dateOfBirth(),
                            familyId,
                            // Only the two kinds of near match (NearMatch) are fetched: same address, or same names.
                            child.postcode(),
                            child.familyName(),
                            child.givenName())
                    .stream()
                    .filter(candidate -> candidate.reason() != null)
                    .forEach(near::add);
        }
        return near;
    }

    /**
     * From now on the merged family's children and identifiers join {@code intoFamilyId}: a later referral of them
     * finds the family they were merged into.
     */
    public void merge(String familyId, String intoFamilyId) {
        jdbc.update("UPDATE family_match SET family_id = ? WHERE family_id = ?", intoFamilyId, familyId);
        jdbc.update("UPDATE family_identifier SET family_id = ? WHERE family_id = ?", intoFamilyId, familyId);
    }
}
