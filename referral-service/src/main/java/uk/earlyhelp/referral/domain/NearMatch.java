package uk.earlyhelp.referral.domain;

import java.util.Objects;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Two children who may be one (docs/domain.md, "Front door"): the same date of birth and postcode with a similar
 * family name ("Smyth" and "Smith"), or the same names and date of birth at another postcode (a house move). Listed
 * for a duty officer to merge or dismiss; never joined on its own.
 */
public final class NearMatch {

    /** Jaro-Winkler similarity of two normalised family names at or above which they count as similar. */
    public static final double SIMILAR_NAMES = 0.85;

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private NearMatch() {}

    /** Why {@code referred} may be {@code known}, or empty; both as {@link MatchKey#of} normalises them. */
    public static Optional<String> reason(MatchKey referred, MatchKey known) {
        if (!referred.dateOfBirth().equals(known.dateOfBirth())) {
            return Optional.empty();
        }
        boolean samePostcode = referred.postcode().equals(known.postcode());
        boolean sameFamilyName = referred.familyName().equals(known.familyName());
        if (samePostcode && !sameFamilyName && similar(referred.familyName(), known.familyName())) {
            return Optional.of("Same date of birth and postcode; a similar family name");
        }
        if (!samePostcode
                && sameFamilyName
                && referred.givenName() != null
                && Objects.equals(referred.givenName(), known.givenName())) {
            return Optional.of("Same names and date of birth at another postcode");
        }
        return Optional.empty();
    }

    static boolean similar(String one, String other) {
        return SIMILARITY.apply(one, other) >= SIMILAR_NAMES;
    }
}
