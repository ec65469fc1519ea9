package uk.earlyhelp.casework.domain.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.earlyhelp.contracts.FamilyStarDomain;

/**
 * What the outcomes report needs of one attached family's case.
 *
 * @param closedOn the current closure, null while the case is open (a reopening clears it)
 * @param closures every closure the case has had, for re-referrals
 * @param referrals the days its referrals were received
 * @param assessments in the order they were recorded
 */
public record FamilyOutcome(
        String familyId,
        LocalDate attachedOn,
        LocalDate closedOn,
        List<LocalDate> closures,
        List<LocalDate> referrals,
        List<LocalDate> stepUps,
        List<Assessment> assessments) {

    public record Assessment(LocalDate assessedOn, Map<FamilyStarDomain, Integer> readings) {}
}
