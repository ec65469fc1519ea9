package uk.earlyhelp.pbr.domain.rules;

/**
 * A council is paid for at most its funded maximum of families (docs/domain.md, "Payment by results"): no batch
 * takes its claimed families (submitted, approved or draft) past it, and its progress never reads over 100%.
 */
public final class FundingCap {

    private FundingCap() {}

    /** How many more families a new or rebuilt batch may take. */
    public static int room(int fundedFamilies, int claimedOrInBatches) {
        return Math.max(0, fundedFamilies - claimedOrInBatches);
    }

    /** Families claimed as a whole percentage of the funded maximum, rounded half up, at most 100. */
    public static int percentage(int claimed, int fundedFamilies) {
        if (fundedFamilies <= 0) {
            return claimed > 0 ? 100 : 0;
        }
        long rounded = (claimed * 200L + fundedFamilies) / (2L * fundedFamilies);
        return (int) Math.min(100, rounded);
    }
}
