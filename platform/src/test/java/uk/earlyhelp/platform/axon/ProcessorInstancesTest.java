package uk.earlyhelp.platform.axon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessorInstancesTest {

    @ParameterizedTest(name = "{0} segments, {1} instances: each claims at most {2}")
    @CsvSource({
        // One instance holds everything.
        "4, 1, 4",
        "1, 1, 1",
        // Two share evenly; an odd segment goes to whoever claims it first.
        "4, 2, 2",
        "5, 2, 3",
        // More instances than segments: one each, some stand by.
        "4, 8, 1",
        "1, 2, 1",
        // Before the first heartbeat is counted, as if alone.
        "4, 0, 4",
    })
    void eachInstanceClaimsAnEvenShareRoundedUp(int segments, int instances, int share) {
        assertEquals(share, ProcessorInstances.share(segments, instances));
    }
}
