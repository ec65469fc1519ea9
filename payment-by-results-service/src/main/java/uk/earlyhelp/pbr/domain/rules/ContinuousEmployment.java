package uk.earlyhelp.pbr.domain.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.earlyhelp.contracts.ClaimRoute;
import uk.earlyhelp.pbr.domain.claimrecord.EmploymentSpell;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyFacts;

/**
 * Route 2: an adult who was on an out-of-work benefit at attachment (the spell's {@code benefitBefore}) has
 * been in one unbroken spell of work, starting on or after the attachment date, for the benefit's weeks
 * (26 after JSA; 13 after ESA, IS or UC; {@code OTHER} never qualifies) by the assessment date. A spell is
 * unbroken until its end date: it qualifies when {@code startedOn + weeks} is on or before both its end (if
 * it ended) and the assessment date. Two spells are never added together.
 */
public final class ContinuousEmployment {

    private ContinuousEmployment() {}

    public static Optional<Proof> assess(FamilyFacts facts, ClaimRules rules, LocalDate asOf) {
        if (!facts.attached()) {
            return Optional.empty();
        }
        record Qualifying(EmploymentSpell spell, LocalDate on) {}
        return facts.employment().values().stream()
                .filter(spell -> spell.startedOn() != null)
                .filter(spell -> !spell.startedOn().isBefore(facts.attachedOn()))
                .flatMap(spell -> rules.employedEnoughOn(spell.benefitBefore(), spell.startedOn()).stream()
                        .map(on -> new Qualifying(spell, on)))
                .filter(q -> !q.on().isAfter(asOf))
                .filter(q ->
                        q.spell().endedOn() == null || !q.on().isAfter(q.spell().endedOn()))
                .min(Comparator.comparing(Qualifying::on)
                        .thenComparing(q -> q.spell().employmentId()))
                .map(q -> new Proof(
                        ClaimRoute.CONTINUOUS_EMPLOYMENT,
                        q.on(),
                        List.of(new ProvingPeriod(
                                "EMPLOYMENT_AFTER_" + q.spell().benefitBefore().name(),
                                q.spell().startedOn(),
                                q.on(),
                                q.spell().employmentId()))));
    }
}
