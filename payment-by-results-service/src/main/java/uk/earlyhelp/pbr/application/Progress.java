package uk.earlyhelp.pbr.application;

import java.text.NumberFormat;
import java.util.Locale;
import uk.earlyhelp.pbr.domain.rules.FundingCap;

/**
 * A council's progress to its target: families attached while eligible, families claimed to date, the
 * funded maximum, and claimed as a whole percentage of it (rounded half up, never over 100), e.g. "1,596 of
 * 2,770 = 58%".
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
        int percentage = FundingCap.percentage(claimed, fundedMaximum);
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
