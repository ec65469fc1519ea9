package uk.earlyhelp.referral.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Period;
import java.util.Map;

/**
 * How long after a case closes a family's personal data is kept (SPEC §8): six years unless the council's
 * retention schedule says otherwise ({@code earlyhelp.retention.councils.E10000018=P7Y}), and how often
 * the retention job looks for families past it.
 */
@ConfigMapping(prefix = "earlyhelp.retention")
public interface RetentionPeriods {

    @WithDefault("P6Y")
    Period defaultPeriod();

    Map<String, Period> councils();

    @WithDefault("PT1H")
    Duration checkEvery();

    default Period forCouncil(String council) {
        return councils().getOrDefault(council, defaultPeriod());
    }
}
