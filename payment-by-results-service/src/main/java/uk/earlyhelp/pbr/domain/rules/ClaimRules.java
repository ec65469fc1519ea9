package uk.earlyhelp.pbr.domain.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import uk.earlyhelp.contracts.Benefit;
import uk.earlyhelp.contracts.HeadlineProblem;

/**
 * The programme's claim rules as configured: each problem's minimum sustained period, and the weeks of
 * continuous employment needed after each out-of-work benefit (a benefit without weeks never qualifies).
 */
public record ClaimRules(Map<HeadlineProblem, Period> minimumSustained, Map<Benefit, Integer> employmentWeeks) {

    public ClaimRules {
        for (HeadlineProblem problem : HeadlineProblem.values()) {
            if (!minimumSustained.containsKey(problem)) {
                throw new IllegalArgumentException("No minimum sustained period for " + problem);
            }
        }
        minimumSustained = Map.copyOf(minimumSustained);
        employmentWeeks = Map.copyOf(employmentWeeks);
    }

    /**
     * The programme's defaults (docs/domain.md, "Payment by results"). Three consecutive school terms are
     * taken as 26 weeks (182 days): the span of three terms of the six-term year with their holidays, and the
     * "over 3 terms" example (docs/api.md; 5 January to 20 July) meets it. A council that counts terms
     * differently configures its own period.
     */
    public static ClaimRules defaults() {
        Map<HeadlineProblem, Period> minimum = new EnumMap<>(HeadlineProblem.class);
        minimum.put(HeadlineProblem.SCHOOL_ATTENDANCE, Period.ofWeeks(26));
        minimum.put(HeadlineProblem.CRIME_ASB, Period.ofMonths(6));
        minimum.put(HeadlineProblem.DOMESTIC_ABUSE, Period.ofMonths(6));
        minimum.put(HeadlineProblem.WORKLESSNESS, Period.ofWeeks(16));
        minimum.put(HeadlineProblem.HEALTH, Period.ofMonths(6));
        minimum.put(HeadlineProblem.CHILDREN_NEED_HELP, Period.ofMonths(6));
        Map<Benefit, Integer> weeks = new EnumMap<>(Benefit.class);
        weeks.put(Benefit.JSA, 26);
        weeks.put(Benefit.ESA, 13);
        weeks.put(Benefit.IS, 13);
        weeks.put(Benefit.UC, 13);
        return new ClaimRules(minimum, weeks);
    }

    /** The day a measure sustained from {@code from} has been sustained long enough. */
    LocalDate sustainedEnoughOn(HeadlineProblem problem, LocalDate from) {
        return from.plus(minimumSustained.get(problem));
    }

    /** The day a spell started on {@code startedOn} after {@code benefit} qualifies, if that benefit can. */
    Optional<LocalDate> employedEnoughOn(Benefit benefit, LocalDate startedOn) {
        return Optional.ofNullable(benefit).map(employmentWeeks::get).map(weeks -> startedOn.plusWeeks(weeks));
    }
}
