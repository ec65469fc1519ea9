package uk.earlyhelp.casework.domain.familystar;

import java.util.Collection;

/** Where a family stands across the Family Star domains, by the mean of one assessment's readings. */
public enum Band {
    LOWER,
    MIDDLE,
    HIGHER;

    /**
     * LOWER below 5, MIDDLE 5 to below 7, HIGHER 7 and above. An assessment may read fewer than ten domains
     * (the API accepts any non-empty set), so the mean is of the readings it has.
     */
    public static Band of(Collection<Integer> readings) {
        if (readings.isEmpty()) {
            throw new IllegalArgumentException("A band needs at least one reading");
        }
        // Compared as sums to stay exact: mean < 5 is sum < 5n.
        long sum = readings.stream().mapToLong(Integer::longValue).sum();
        long n = readings.size();
        if (sum < 5 * n) {
            return LOWER;
        }
        return sum < 7 * n ? MIDDLE : HIGHER;
    }
}
