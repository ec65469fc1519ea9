package uk.earlyhelp.referral.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How long after a case closes a family's personal data is kept (docs/personal-data.md): six years unless the council's
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

    /**
     * Kept beyond the period before the job erases, so that a family due today is not erased by a job that runs
     * minutes before a late referral or case event about it arrives.
     */
    @WithDefault("P30D")
    Period gracePeriod();

    /** The latest date on which a family, of any council, may last have been active and now be due. */
    default LocalDate latestDueActivity(LocalDate today) {
        return Stream.concat(Stream.of(defaultPeriod()), councils().values().stream())
                .map(period -> today.minus(gracePeriod()).minus(period))
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    default Period forCouncil(String council) {
        return councils().getOrDefault(council, defaultPeriod());
    }
}
