package uk.earlyhelp.pbr.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The funded maximum: no batch takes a council past it, and progress never reads over 100%. */
class FundingCapTest {

    @ParameterizedTest(name = "funded {0}, taken {1}: room for {2}")
    @CsvSource({
        "2770,    0, 2770",
        "2770, 2769,    1",
        "2770, 2770,    0", // full: a new batch takes nobody, every claimable family is over the cap
        "2770, 2800,    0", // the maximum was lowered below what is already claimed
        "   0,    0,    0",
    })
    void aBatchTakesAtMostTheRoomLeft(int funded, int taken, int room) {
        assertEquals(room, FundingCap.room(funded, taken));
    }

    @ParameterizedTest(name = "{0} of {1} = {2}%")
    @CsvSource({
        "1596, 2770,  58", // the ministry's own example
        "   1,    8,  13", // 12.5 rounds half up
        "   2,    3,  67",
        "2770, 2770, 100",
        "2800, 2770, 100", // never over 100%, even once the maximum is lowered
        "   0,    0,   0",
        "   5,    0, 100",
    })
    void progressIsAWholePercentageOfTheFundedMaximumAtMost100(int claimed, int funded, int percent) {
        assertEquals(percent, FundingCap.percentage(claimed, funded));
    }
}
