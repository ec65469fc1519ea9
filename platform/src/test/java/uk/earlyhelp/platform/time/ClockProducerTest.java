package uk.earlyhelp.platform.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClockProducerTest {

    @Test
    void withoutAnOffsetTheClockIsTheRealOne() {
        Instant now = Instant.now();
        Instant clockNow = ClockProducer.offsetClock(Optional.empty()).instant();
        assertTrue(Duration.between(now, clockNow).abs().compareTo(Duration.ofSeconds(5)) < 0);
    }

    @Test
    void anOffsetShiftsNowByThatMuch() {
        Instant shifted =
                ClockProducer.offsetClock(Optional.of(Duration.parse("P400D"))).instant();
        Duration ahead = Duration.between(Instant.now(), shifted);
        assertTrue(ahead.compareTo(Duration.ofDays(399)) > 0 && ahead.compareTo(Duration.ofDays(401)) < 0);
    }
}
