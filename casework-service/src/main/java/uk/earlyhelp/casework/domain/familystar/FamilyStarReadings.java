package uk.earlyhelp.casework.domain.familystar;

import java.util.Map;
import java.util.TreeMap;
import uk.earlyhelp.casework.domain.caserecord.CaseRuleViolation;
import uk.earlyhelp.contracts.FamilyStarDomain;

/** Checks the readings of one Family Star Plus assessment: known domain codes only, each read 1 to 10. */
public final class FamilyStarReadings {

    private FamilyStarReadings() {}

    /** The readings by domain, or a 422 naming the first offending {@code readings.CODE}. */
    public static Map<FamilyStarDomain, Integer> parse(Map<String, Integer> readings) {
        if (readings == null || readings.isEmpty()) {
            throw CaseRuleViolation.unprocessable("readings", "An assessment needs at least one reading.");
        }
        Map<FamilyStarDomain, Integer> parsed = new TreeMap<>();
        for (var reading : new TreeMap<>(readings).entrySet()) {
            FamilyStarDomain domain = domainOf(reading.getKey());
            parsed.put(domain, reading.getValue());
        }
        check(parsed);
        return parsed;
    }

    public static void check(Map<FamilyStarDomain, Integer> readings) {
        if (readings.isEmpty()) {
            throw CaseRuleViolation.unprocessable("readings", "An assessment needs at least one reading.");
        }
        readings.forEach((domain, reading) -> {
            if (reading == null
                    || reading < JourneyOfChangeStage.LOWEST_READING
                    || reading > JourneyOfChangeStage.HIGHEST_READING) {
                throw CaseRuleViolation.unprocessable(
                        "readings." + domain, "A Family Star Plus reading is 1 to 10, not " + reading + ".");
            }
        });
    }

    private static FamilyStarDomain domainOf(String code) {
        try {
            return FamilyStarDomain.valueOf(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw CaseRuleViolation.unprocessable("readings." + code, "Unknown Family Star Plus domain " + code + ".");
        }
    }
}
