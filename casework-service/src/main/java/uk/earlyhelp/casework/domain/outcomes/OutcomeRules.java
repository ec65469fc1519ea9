package uk.earlyhelp.casework.domain.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import uk.earlyhelp.casework.domain.familystar.JourneyOfChangeStage;

/**
 * The outcomes dashboard's definitions (docs/domain.md, "Outcomes dashboard"), one function each, so the report and its
 * tests share one wording.
 */
public final class OutcomeRules {

    /** Re-referral and step-up both look this far past a closure. */
    public static final int FOLLOW_UP_MONTHS = 12;

    private OutcomeRules() {}

    /** A family is measured once it has at least two Family Star assessments. */
    public static boolean measured(int assessments) {
        return assessments >= 2;
    }

    /** A domain progressed when the latest reading's Journey of Change stage is higher than the first's. */
    public static boolean progressed(int firstReading, int latestReading) {
        return JourneyOfChangeStage.of(latestReading).compareTo(JourneyOfChangeStage.of(firstReading)) > 0;
    }

    /** After {@code closedOn} and no more than twelve months after it. */
    public static boolean withinFollowUp(LocalDate closedOn, LocalDate day) {
        return day.isAfter(closedOn) && !day.isAfter(closedOn.plusMonths(FOLLOW_UP_MONTHS));
    }

    /** A referral is a re-referral when one of the family's earlier closures fell in the 12 months before. */
    public static boolean reReferral(LocalDate referredOn, Collection<LocalDate> closures) {
        return closures.stream().anyMatch(closedOn -> withinFollowUp(closedOn, referredOn));
    }

    /**
     * A case stepped up to social care during the case (from attachment on) or within 12 months after its
     * closure; {@code closedOn} is null for a case that is open.
     */
    public static boolean steppedUp(LocalDate attachedOn, LocalDate closedOn, Collection<LocalDate> stepUps) {
        return stepUps.stream()
                .anyMatch(on -> !on.isBefore(attachedOn)
                        && (closedOn == null || !on.isAfter(closedOn.plusMonths(FOLLOW_UP_MONTHS))));
    }

    /** Open (not closed) and attached more than a year before {@code today}. */
    public static boolean openOverAYear(LocalDate attachedOn, LocalDate closedOn, LocalDate today) {
        return closedOn == null && today.isAfter(attachedOn.plusYears(1));
    }

    /** The middle value, or the mean of the two middle ones; null when there are none. */
    public static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(middle).doubleValue()
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** {@code part} of {@code whole} as a percentage to one decimal (half up); 0.0 of nothing. */
    public static double percent(long part, long whole) {
        if (whole == 0) {
            return 0.0;
        }
        return BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
