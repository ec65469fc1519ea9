package uk.earlyhelp.pbr.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import uk.earlyhelp.contracts.Benefit;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.pbr.domain.rules.ClaimRules;

/**
 * The programme's payment-by-results configuration (docs/domain.md, "Payment by results"); amounts in pence. For example:
 *
 * <pre>
 * earlyhelp.pbr.attachment-fee-pence=100000
 * earlyhelp.pbr.result-payment-pence=80000
 * earlyhelp.pbr.audit-sample-percent=10
 * earlyhelp.pbr.default-funded-maximum=2800
 * earlyhelp.pbr.funded-maximum.E10000018=2770
 * earlyhelp.pbr.sustained-progress.SCHOOL_ATTENDANCE=P26W
 * earlyhelp.pbr.continuous-employment-weeks.JSA=26
 * </pre>
 *
 * Every headline problem needs a sustained-progress period (an ISO-8601 period); a benefit without weeks
 * never qualifies for continuous employment.
 */
@ConfigMapping(prefix = "earlyhelp.pbr")
public interface PaymentByResultsRules {

    @WithDefault("100000")
    long attachmentFeePence();

    @WithDefault("80000")
    long resultPaymentPence();

    @WithDefault("10")
    int auditSamplePercent();

    @WithDefault("2800")
    int defaultFundedMaximum();

    /** Each council's funded maximum, by council code; the default for a council not listed. */
    Map<String, Integer> fundedMaximum();

    Map<String, String> sustainedProgress();

    Map<String, Integer> continuousEmploymentWeeks();

    default int fundedMaximumOf(String council) {
        return fundedMaximum().getOrDefault(council, defaultFundedMaximum());
    }

    default ClaimRules claimRules() {
        Map<HeadlineProblem, Period> minimum = new EnumMap<>(HeadlineProblem.class);
        sustainedProgress()
                .forEach((problem, period) -> minimum.put(HeadlineProblem.valueOf(problem), Period.parse(period)));
        Map<Benefit, Integer> weeks = new EnumMap<>(Benefit.class);
        continuousEmploymentWeeks().forEach((benefit, n) -> weeks.put(Benefit.valueOf(benefit), n));
        return new ClaimRules(minimum, weeks);
    }
}
