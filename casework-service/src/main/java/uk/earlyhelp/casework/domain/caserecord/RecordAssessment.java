package uk.earlyhelp.casework.domain.caserecord;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.earlyhelp.contracts.FamilyStarDomain;

/** Record a Family Star Plus assessment. */
public record RecordAssessment(
        @TargetAggregateIdentifier String familyId,
        String assessmentId,
        LocalDate assessedOn,
        Map<FamilyStarDomain, Integer> readings,
        String actor) {}
