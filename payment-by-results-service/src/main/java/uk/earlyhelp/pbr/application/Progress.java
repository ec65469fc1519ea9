package uk.earlyhelp.pbr.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A council's progress to its target: families attached while eligible, families claimed to date, the
 * funded maximum, and claimed as a whole percentage of it (rounded half up), e.g. "1,596 of 2,770 = 58%".
 */
public record Progress(
        String council,
        int familiesAttached,
        int familiesFunded,
        long attachmentFeesPence,
        int familiesClaimed,
        int fundedMaximum,
        int percentage,
        String summary) {

    public static Progress of(String council, int attached, int claimed, int fundedMaximum, long attachmentFeePence) {
        int percentage = fundedMaximum <= 0
                ? 0
                : BigDecimal.valueOf(claimed * 100L)
                        .divide(BigDecimal.valueOf(fundedMaximum), 0, RoundingMode.HALF_UP)
                        .intValueExact();
        NumberFormat grouped = NumberFormat.getIntegerInstance(Locale.UK);
        int funded = Math.min(attached, Math.max(0, fundedMaximum));
        return new Progress(
                council,
                attached,
                funded,
                funded * attachmentFeePence,
                claimed,
                fundedMaximum,
                percentage,
                grouped.format(claimed) + " of " + grouped.format(fundedMaximum) + " = " + percentage + "%");
    }
}
