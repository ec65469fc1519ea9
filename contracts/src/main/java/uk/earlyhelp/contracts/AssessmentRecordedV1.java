package uk.earlyhelp.contracts;

import java.time.LocalDate;
import java.util.Map;

/** A Family Star Plus assessment: a reading from 1 to 10 in each assessed domain. No names, no narrative. */
public record AssessmentRecordedV1(
        String familyId,
        String council,
        String assessmentId,
        LocalDate assessedOn,
        Map<FamilyStarDomain, Integer> readings)
        implements FamilyEvent {

    public AssessmentRecordedV1 {
        readings = Map.copyOf(readings);
    }
}
