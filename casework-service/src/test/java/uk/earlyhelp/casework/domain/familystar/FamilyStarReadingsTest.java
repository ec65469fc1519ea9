package uk.earlyhelp.casework.domain.familystar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.casework.domain.caserecord.CaseRuleViolation;
import uk.earlyhelp.contracts.FamilyStarDomain;

class FamilyStarReadingsTest {

    @Test
    void knownDomainsReadOneToTenAreAccepted() {
        assertEquals(
                Map.of(FamilyStarDomain.HOME_AND_MONEY, 1, FamilyStarDomain.PROGRESS_TO_WORK, 10),
                FamilyStarReadings.parse(Map.of("HOME_AND_MONEY", 1, "PROGRESS_TO_WORK", 10)));
    }

    @Test
    void anUnknownDomainIsRefusedNamingIt() {
        var refused = assertThrows(
                CaseRuleViolation.class, () -> FamilyStarReadings.parse(Map.of("HOME_AND_MONEY", 3, "PETS", 4)));
        assertEquals(CaseRuleViolation.Kind.UNPROCESSABLE, refused.kind());
        assertEquals("readings.PETS", refused.field());
    }

    @Test
    void aReadingOutsideOneToTenIsRefusedNamingItsDomain() {
        for (int reading : new int[] {0, 11}) {
            var refused = assertThrows(
                    CaseRuleViolation.class, () -> FamilyStarReadings.parse(Map.of("SOCIAL_NETWORKS", reading)));
            assertEquals("readings.SOCIAL_NETWORKS", refused.field());
        }
        Map<String, Integer> missing = new HashMap<>();
        missing.put("SOCIAL_NETWORKS", null);
        assertEquals(
                "readings.SOCIAL_NETWORKS",
                assertThrows(CaseRuleViolation.class, () -> FamilyStarReadings.parse(missing))
                        .field());
    }

    @Test
    void anAssessmentNeedsAReading() {
        assertEquals(
                "readings",
                assertThrows(CaseRuleViolation.class, () -> FamilyStarReadings.parse(Map.of()))
                        .field());
    }
}
