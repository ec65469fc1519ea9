package uk.earlyhelp.pbr.domain.claimrecord;

import java.time.LocalDate;
import uk.earlyhelp.contracts.Benefit;

/**
 * One adult's spell in work. {@code startedOn} and {@code benefitBefore} are null while only its end is
 * known (an end delivered before its start); {@code endedOn} is null while the spell goes on.
 */
public record EmploymentSpell(
        String employmentId, Integer memberIndex, Benefit benefitBefore, LocalDate startedOn, LocalDate endedOn) {

    EmploymentSpell started(int member, Benefit benefit, LocalDate on) {
        return new EmploymentSpell(employmentId, member, benefit, on, endedOn);
    }

    EmploymentSpell ended(LocalDate on) {
        return new EmploymentSpell(employmentId, memberIndex, benefitBefore, startedOn, on);
    }
}
