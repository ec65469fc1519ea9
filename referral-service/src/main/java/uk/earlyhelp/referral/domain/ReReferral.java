package uk.earlyhelp.referral.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A referral is a re-referral when the family's case was closed in the 12 months up to the referral (a case
 * closed on the same date a year earlier counts) and has not been reopened since.
 */
public final class ReReferral {

    private ReReferral() {}

    /** The family's case history as referral-service knows it from casework's events. */
    public record CaseStatus(Optional<LocalDate> lastClosedOn, boolean reopenedSince) {
        public static final CaseStatus NEVER_CLOSED = new CaseStatus(Optional.empty(), false);
    }

    public static boolean applies(CaseStatus status, LocalDate referredOn) {
        return status.lastClosedOn()
                .filter(closed -> !status.reopenedSince())
                .filter(closed -> !closed.isAfter(referredOn))
                .filter(closed -> !closed.isBefore(referredOn.minusMonths(12)))
                .isPresent();
    }
}
