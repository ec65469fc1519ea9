package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.serialization.Revision;
import uk.earlyhelp.contracts.FamilyStarDomain;

@Revision("1")
public record AssessmentRecorded(
        String familyId,
        String council,
        String assessmentId,
        LocalDate assessedOn,
        Map<FamilyStarDomain, Integer> readings,
        String actor) {}
