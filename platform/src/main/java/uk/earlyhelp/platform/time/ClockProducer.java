package uk.earlyhelp.platform.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every service takes "now" from. {@code EARLYHELP_CLOCK_OFFSET} (an ISO-8601 duration such
 * as {@code P400D}) shifts it, so demos and black-box tests can see rules that need months to pass.
 */
@Singleton
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "earlyhelp.clock.offset") Optional<Duration> offset) {
        return offsetClock(offset);
    }

    public static Clock offsetClock(Optional<Duration> offset) {
        return offset.filter(o -> !o.isZero())
                .map(o -> Clock.offset(Clock.systemUTC(), o))
                .orElse(Clock.systemUTC());
    }
}
