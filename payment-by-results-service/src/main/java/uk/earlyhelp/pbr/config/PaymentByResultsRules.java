package uk.earlyhelp.pbr.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.earlyhelp.contracts.Benefit;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.pbr.domain.rules.ClaimRuleBook;
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
 * never qualifies for continuous employment. Those rules are the version {@code rule-version}, in force from
 * {@code rules-effective-from}; a later change is a new version with its own effective date, listing only what it
 * changes:
 *
 * <pre>
 * earlyhelp.pbr.rule-changes.pbr-2027-04.effective-from=2027-04-01
 * earlyhelp.pbr.rule-changes.pbr-2027-04.sustained-progress.CRIME_ASB=P9M
 * </pre>
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

    /** The name claim lines give the configured rules. */
    @WithDefault("pbr-2022-04")
    String ruleVersion();

    @WithDefault("2022-04-01")
    LocalDate rulesEffectiveFrom();

    /** Later versions of the rules, by name. */
    Map<String, RuleChange> ruleChanges();

    /** What a later version changes, from its effective date; anything it does not list carries on. */
    interface RuleChange {

        LocalDate effectiveFrom();

        Map<String, String> sustainedProgress();

        Map<String, Integer> continuousEmploymentWeeks();
    }

    default int fundedMaximumOf(String council) {
        return fundedMaximum().getOrDefault(council, defaultFundedMaximum());
    }

    default ClaimRules claimRules() {
        Map<HeadlineProblem, Period> minimum = new EnumMap<>(HeadlineProblem.class);
        Map<Benefit, Integer> weeks = new EnumMap<>(Benefit.class);
        change(minimum, weeks, sustainedProgress(), continuousEmploymentWeeks());
        return new ClaimRules(minimum, weeks);
    }

    /** Every version of the rules, each later one the one before with its changes. */
    default ClaimRuleBook ruleBook() {
        List<ClaimRuleBook.Version> versions = new ArrayList<>();
        versions.add(new ClaimRuleBook.Version(ruleVersion(), rulesEffectiveFrom(), claimRules()));
        List<Map.Entry<String, RuleChange>> changes = ruleChanges().entrySet().stream()
                .sorted(Comparator.comparing(change -> change.getValue().effectiveFrom()))
                .toList();
        for (Map.Entry<String, RuleChange> change : changes) {
            ClaimRules before = versions.getLast().rules();
            Map<HeadlineProblem, Period> minimum = new EnumMap<>(before.minimumSustained());
            Map<Benefit, Integer> weeks = new EnumMap<>(Benefit.class);
            weeks.putAll(before.employmentWeeks());
            change(
                    minimum,
                    weeks,
                    change.getValue().sustainedProgress(),
                    change.getValue().continuousEmploymentWeeks());
            versions.add(new ClaimRuleBook.Version(
                    change.getKey(), change.getValue().effectiveFrom(), new ClaimRules(minimum, weeks)));
        }
        return new ClaimRuleBook(versions);
    }

    private static void change(
            Map<HeadlineProblem, Period> minimum,
            Map<Benefit, Integer> weeks,
            Map<String, String> sustainedProgress,
            Map<String, Integer> employmentWeeks) {
        sustainedProgress.forEach(
                (problem, period) -> minimum.put(HeadlineProblem.valueOf(problem), Period.parse(period)));
        employmentWeeks.forEach((benefit, n) -> weeks.put(Benefit.valueOf(benefit), n));
    }
}
