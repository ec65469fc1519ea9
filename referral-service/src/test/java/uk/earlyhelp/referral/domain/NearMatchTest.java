package uk.earlyhelp.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Near matches between a referred child and one already known: Jay Smith, born 2014-02-03, at LE18 2AB. */
class NearMatchTest {

    static final MatchKey KNOWN = MatchKey.of("Jay", "Smith", LocalDate.parse("2014-02-03"), "LE18 2AB");

    @ParameterizedTest(name = "{0} {1}, born {2}, at {3}: {4}")
    @CsvSource({
        "Jay,    Smyth,    2014-02-03, LE18 2AB, similar name",
        "Jay,    Smithe,   2014-02-03, le182ab,  similar name",
        "Jayden, Smyth,    2014-02-03, LE18 2AB, similar name",
        "Jay,    Patel,    2014-02-03, LE18 2AB, none",
        "Jay,    Smyth,    2014-02-04, LE18 2AB, none",
        "Jay,    Smith,    2014-02-03, LE2 7PQ,  moved",
        "jay,    SMITH,    2014-02-03, LE2 7PQ,  moved",
        "Kai,    Smith,    2014-02-03, LE2 7PQ,  none",
        "Jay,    Smyth,    2014-02-03, LE2 7PQ,  none",
        "Jay,    Smith,    2014-02-03, LE18 2AB, none", // the same child: matched exactly, never a near match
    })
    void aNearMatchIsASimilarNameAtTheSameAddressOrTheSameNamesAtAnother(
            String givenName, String familyName, LocalDate born, String postcode, String expected) {
        String found = NearMatch.reason(MatchKey.of(givenName, familyName, born, postcode), KNOWN)
                .map(reason -> reason.startsWith("Same date of birth and postcode") ? "similar name" : "moved")
                .orElse("none");
        assertEquals(expected, found);
    }
}
