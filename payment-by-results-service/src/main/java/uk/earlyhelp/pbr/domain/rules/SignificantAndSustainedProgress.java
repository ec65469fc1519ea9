package uk.earlyhelp.pbr.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.earlyhelp.contracts.ClaimRoute;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyFacts;
import uk.earlyhelp.pbr.domain.claimrecord.Outcome;

/**
 * Route 1: for every problem the family had at attachment, an outcome whose sustained period starts on or
 * after the attachment date, was recorded on or after it, and meets the problem's minimum sustained period
 * ({@code sustainedFrom + minimum <= sustainedTo}), sustained to no later than the assessment date (a batch's
 * window end). The family qualifies on the day the last problem's minimum was met. Like continuous employment, it
 * is the achievement that must fall by the window end: evidence recorded after it, but on record when the batch
 * is built, counts.
 */
public final class SignificantAndSustainedProgress {

    private SignificantAndSustainedProgress() {}

    public static Optional<Proof> assess(FamilyFacts facts, ClaimRules rules, LocalDate asOf) {
        if (!facts.attached() || facts.problemsAtAttachment().isEmpty()) {
            return Optional.empty();
        }
        List<ProvingPeriod> periods = new ArrayList<>();
        LocalDate qualifiedOn = facts.attachedOn();
        for (HeadlineProblem problem : facts.problemsAtAttachment()) {
            record Met(Outcome outcome, LocalDate on) {}
            Optional<Met> earliest = facts.outcomes().stream()
                    .filter(outcome -> outcome.problem() == problem)
                    .filter(outcome -> !outcome.sustainedFrom().isBefore(facts.attachedOn()))
                    .filter(outcome -> !outcome.recordedOn().isBefore(facts.attachedOn()))
                    .filter(outcome -> !outcome.sustainedTo().isAfter(asOf))
                    .filter(outcome -> !rules.sustainedEnoughOn(problem, outcome.sustainedFrom())
                            .isAfter(outcome.sustainedTo()))
                    .map(outcome -> new Met(outcome, rules.sustainedEnoughOn(problem, outcome.sustainedFrom())))
                    .min(Comparator.comparing(Met::on)
                            .thenComparing(met -> met.outcome().outcomeId()));
            if (earliest.isEmpty()) {
                return Optional.empty();
            }
            Outcome outcome = earliest.get().outcome();
            periods.add(new ProvingPeriod(
                    problem.name(), outcome.sustainedFrom(), outcome.sustainedTo(), outcome.outcomeId()));
            qualifiedOn = latest(qualifiedOn, earliest.get().on());
        }
        return Optional.of(new Proof(ClaimRoute.SIGNIFICANT_AND_SUSTAINED_PROGRESS, qualifiedOn, periods));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
