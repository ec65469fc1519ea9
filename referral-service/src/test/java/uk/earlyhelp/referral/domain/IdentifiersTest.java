package uk.earlyhelp.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NHS number's modulus-11 check digit and the unique pupil number's check letter. */
class IdentifiersTest {

    @ParameterizedTest(name = "NHS number \"{0}\": {1}")
    @CsvSource({
        "9434765919,    9434765919", // the NHS's own test number: sum 299, remainder 2, check 11 - 2 = 9
        "943 476 5919,  9434765919", // as people write it
        "9434765918,    ", //           the wrong check digit
        "2000000010,    2000000010", // sum 22, remainder 0: the check would be 11, which is written 0
        "1000000010,    ", //           sum 12, remainder 1: the check would be 10, so no number ends this way
        "1000000019,    ", //           ... whatever its last digit
        "123456789,     ", //           nine digits
        "94347659190,   ", //           eleven digits
        "943476591X,    ", //           a letter
        "'',            ",
    })
    void anNhsNumberHasTenDigitsAndAModulus11CheckDigit(String written, String valid) {
        assertEquals(Optional.ofNullable(valid), Identifiers.nhsNumber(written), written);
    }

    @ParameterizedTest(name = "UPN \"{0}\": {1}")
    @CsvSource({
        // 8x2 + 2x3 + 3x4 + 4x5 + 5x6 + 6x7 + 7x8 + 8x9 + 9x10 + 0x11 + 1x12 + 2x13 = 382; 382 mod 23 = 14: Q
        "Q823456789012, Q823456789012",
        "q823456789012, Q823456789012", // written in lower case
        "N823456789012, ", //             the wrong check letter
        // A temporary UPN ends in a letter, counted as its place among the check letters (A = 0): 356 mod 23 = 11
        "M82345678901A, M82345678901A",
        "Q82345678901, ", //              12 characters
        "I823456789012, ", //             I is never a check letter
        "'',           ",
    })
    void aUpnHasACheckLetterThenTwelveCharacters(String written, String valid) {
        assertEquals(Optional.ofNullable(valid), Identifiers.upn(written), written);
    }
}
