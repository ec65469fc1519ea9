package uk.earlyhelp.pbr.domain.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditSampleTest {

    static List<String> families(int n) {
        return IntStream.range(0, n).mapToObj(i -> "family-" + i).toList();
    }

    static Stream<Arguments> sizes() {
        return Stream.of(
                Arguments.of(0, 10, 0),
                Arguments.of(1, 10, 1),
                Arguments.of(9, 10, 1),
                Arguments.of(10, 10, 1),
                Arguments.of(11, 10, 2),
                Arguments.of(100, 10, 10),
                Arguments.of(101, 10, 11),
                Arguments.of(40, 25, 10),
                Arguments.of(5, 0, 1),
                Arguments.of(5, 100, 5));
    }

    @ParameterizedTest(name = "{0} families at {1}% → {2}")
    @MethodSource("sizes")
    void theSampleIsThePercentageRoundedUpAndAtLeastOneFamily(int families, int percent, int expected) {
        assertEquals(
                expected, AuditSample.select(families(families), 42L, percent).size());
    }

    @Test
    void theSameSeedAndFamiliesGiveTheSameSampleWhateverTheirOrder() {
        List<String> shuffled = new ArrayList<>(families(50));
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(AuditSample.select(families(50), 2026L, 10), AuditSample.select(shuffled, 2026L, 10));
    }

    @Test
    void anotherSeedDrawsAnotherSample() {
        assertNotEquals(AuditSample.select(families(50), 1L, 10), AuditSample.select(families(50), 2L, 10));
    }

    @Test
    void theSampleIsDrawnFromTheBatchsFamilies() {
        assertTrue(families(30).containsAll(AuditSample.select(families(30), 99L, 10)));
    }
}
