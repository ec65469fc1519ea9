package uk.earlyhelp.pbr.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimExportTest {

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("E10000018", "E10000018"),
                Arguments.of("", ""),
                Arguments.of("1,596 of 2,770 = 58%", "\"1,596 of 2,770 = 58%\""),
                Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\""),
                Arguments.of("two\r\nlines", "\"two\r\nlines\""));
    }

    @ParameterizedTest
    @MethodSource("fields")
    void aFieldIsQuotedOnlyWhenRfc4180NeedsIt(String value, String field) {
        assertEquals(field, ClaimExport.field(value));
    }

    static Stream<Arguments> amounts() {
        return Stream.of(
                Arguments.of(0L, "0.00"),
                Arguments.of(5L, "0.05"),
                Arguments.of(80_000L, "800.00"),
                Arguments.of(240_000L, "2400.00"),
                Arguments.of(123_456_789L, "1234567.89"));
    }

    @ParameterizedTest
    @MethodSource("amounts")
    void penceArePoundsWithTwoDecimals(long pence, String pounds) {
        assertEquals(pounds, ClaimExport.pounds(pence));
    }

    static Stream<Arguments> progress() {
        return Stream.of(
                Arguments.of(1596, 2770, 58, "1,596 of 2,770 = 58%"),
                Arguments.of(0, 2800, 0, "0 of 2,800 = 0%"),
                Arguments.of(14, 2800, 1, "14 of 2,800 = 1%"),
                Arguments.of(13, 2800, 0, "13 of 2,800 = 0%"),
                Arguments.of(2800, 2800, 100, "2,800 of 2,800 = 100%"),
                Arguments.of(2900, 2800, 100, "2,900 of 2,800 = 100%"), // maximum lowered: never over 100%
                Arguments.of(3, 0, 100, "3 of 0 = 100%"));
    }

    @ParameterizedTest
    @MethodSource("progress")
    void progressIsClaimedOfFundedMaximumAsAWholePercentage(int claimed, int maximum, int percent, String summary) {
        var progress = Progress.of("E10000018", 2000, claimed, maximum, 100_000);
        assertEquals(percent, progress.percentage());
        assertEquals(summary, progress.summary());
    }
}
