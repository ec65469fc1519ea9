package uk.earlyhelp.pbr.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.Benefit;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.pbr.domain.rules.ClaimRuleBook;
import uk.earlyhelp.pbr.domain.rules.ClaimRules;

class PaymentByResultsRulesTest {

    record Rules(
            Map<String, Integer> fundedMaximum,
            Map<String, String> sustainedProgress,
            Map<String, Integer> weeks,
            Map<String, RuleChange> ruleChanges)
            implements PaymentByResultsRules {

        Rules(Map<String, Integer> fundedMaximum, Map<String, String> sustainedProgress, Map<String, Integer> weeks) {
            this(fundedMaximum, sustainedProgress, weeks, Map.of());
        }

        @Override
        public String ruleVersion() {
            return "pbr-2022-04";
        }

        @Override
        public LocalDate rulesEffectiveFrom() {
            return LocalDate.parse("2022-04-01");
        }

        @Override
        public long attachmentFeePence() {
            return 100_000;
        }

        @Override
        public long resultPaymentPence() {
            return 80_000;
        }

        @Override
        public int auditSamplePercent() {
            return 10;
        }

        @Override
        public int defaultFundedMaximum() {
            return 2800;
        }

        @Override
        public Map<String, Integer> continuousEmploymentWeeks() {
            return weeks;
        }
    }

    static Map<String, String> sixMeasures() {
        Map<String, String> measures = new LinkedHashMap<>();
        measures.put("SCHOOL_ATTENDANCE", "P26W");
        measures.put("CRIME_ASB", "P6M");
        measures.put("DOMESTIC_ABUSE", "P6M");
        measures.put("WORKLESSNESS", "P16W");
        measures.put("HEALTH", "P6M");
        measures.put("CHILDREN_NEED_HELP", "P6M");
        return measures;
    }

    @Test
    void theConfiguredDefaultsAreTheProgrammesDefaults() {
        var rules = new Rules(Map.of(), sixMeasures(), Map.of("JSA", 26, "ESA", 13, "IS", 13, "UC", 13));
        assertEquals(ClaimRules.defaults(), rules.claimRules());
    }

    @Test
    void aProblemsPeriodAndABenefitsWeeksAreConfigurable() {
        Map<String, String> measures = sixMeasures();
        measures.put("SCHOOL_ATTENDANCE", "P39W");
        var rules = new Rules(Map.of(), measures, Map.of("JSA", 30, "OTHER", 52));
        ClaimRules claimRules = rules.claimRules();
        assertEquals(Period.ofWeeks(39), claimRules.minimumSustained().get(HeadlineProblem.SCHOOL_ATTENDANCE));
        assertEquals(Map.of(Benefit.JSA, 30, Benefit.OTHER, 52), claimRules.employmentWeeks());
    }

    record Change(
            LocalDate effectiveFrom,
            Map<String, String> sustainedProgress,
            Map<String, Integer> continuousEmploymentWeeks)
            implements PaymentByResultsRules.RuleChange {}

    @Test
    void aRuleChangeIsANewVersionFromItsDateCarryingOnWhatItDoesNotList() {
        var rules = new Rules(
                Map.of(),
                sixMeasures(),
                Map.of("JSA", 26, "ESA", 13, "IS", 13, "UC", 13),
                Map.of(
                        "pbr-2028-04", new Change(LocalDate.parse("2028-04-01"), Map.of(), Map.of("UC", 20)),
                        "pbr-2027-04",
                                new Change(LocalDate.parse("2027-04-01"), Map.of("CRIME_ASB", "P9M"), Map.of())));
        ClaimRuleBook book = rules.ruleBook();
        assertEquals(
                List.of("pbr-2022-04", "pbr-2027-04", "pbr-2028-04"),
                book.versions().stream().map(ClaimRuleBook.Version::version).toList());
        ClaimRules latest = book.inForceOn(LocalDate.parse("2029-01-01")).rules();
        assertEquals(Period.ofMonths(9), latest.minimumSustained().get(HeadlineProblem.CRIME_ASB));
        assertEquals(20, latest.employmentWeeks().get(Benefit.UC));
        assertEquals(26, latest.employmentWeeks().get(Benefit.JSA));
        assertEquals(
                ClaimRules.defaults(),
                book.inForceOn(LocalDate.parse("2027-03-31")).rules());
    }

    @Test
    void everyProblemNeedsAPeriod() {
        Map<String, String> measures = sixMeasures();
        measures.remove("HEALTH");
        var rules = new Rules(Map.of(), measures, Map.of());
        assertThrows(IllegalArgumentException.class, rules::claimRules);
    }

    @Test
    void aCouncilsFundedMaximumOrTheDefault() {
        var rules = new Rules(Map.of("E10000018", 2770), sixMeasures(), Map.of());
        assertEquals(2770, rules.fundedMaximumOf("E10000018"));
        assertEquals(2800, rules.fundedMaximumOf("E06000016"));
    }
}
