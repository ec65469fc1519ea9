package uk.earlyhelp.casework.domain;

import java.time.LocalDate;
import java.util.Map;
import uk.earlyhelp.contracts.FamilyStarDomain;

public record AssessmentRecorded(
        String familyId,
        String council,
        String assessmentId,
        LocalDate assessedOn,
        Map<FamilyStarDomain, Integer> readings,
        String actor) {}
