package uk.earlyhelp.casework.domain.familystar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JourneyOfChangeStageTest {

    @ParameterizedTest(name = "reading {0} is {1}")
    @CsvSource({
        "1, STUCK",
        "2, STUCK",
        "3, ACCEPTING_HELP",
        "4, ACCEPTING_HELP",
        "5, TRYING",
        "6, TRYING",
        "7, FINDING_WHAT_WORKS",
        "8, FINDING_WHAT_WORKS",
        "9, EFFECTIVE_PARENTING",
        "10, EFFECTIVE_PARENTING"
    })
    void eachReadingFallsInItsStage(int reading, JourneyOfChangeStage stage) {
        assertEquals(stage, JourneyOfChangeStage.of(reading));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 11, 100})
    void aReadingOutsideOneToTenHasNoStage(int reading) {
        assertThrows(IllegalArgumentException.class, () -> JourneyOfChangeStage.of(reading));
    }
}
