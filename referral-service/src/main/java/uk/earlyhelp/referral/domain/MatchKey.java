package uk.earlyhelp.referral.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How a child is recognised across referrals (docs/domain.md, "Referral intake"): normalised family name, date of birth
 * and postcode. "O'Brien", "o brien" and "OBrien" are one name; "le18 2ab" and "LE182AB" one postcode. The given
 * name is not part of the match; it tells a near match ({@link NearMatch}).
 */
public record MatchKey(String givenName, String familyName, LocalDate dateOfBirth, String postcode) {

    public static MatchKey of(String givenName, String familyName, LocalDate dateOfBirth, String postcode) {
        return new MatchKey(
                givenName == null ? null : normaliseName(givenName),
                normaliseName(familyName),
                dateOfBirth,
                normalisePostcode(postcode));
    }

    static String normaliseName(String name) {
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }

    static String normalisePostcode(String postcode) {
        return postcode.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
