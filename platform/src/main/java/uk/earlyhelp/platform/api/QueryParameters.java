package uk.earlyhelp.platform.api;

import java.util.List;

/**
 * Whole-number query parameters (paging, limits), read so that a bad one is a 400 naming it and its range: JAX-RS
 * answers a query parameter it cannot convert ({@code size=many}) with a bare 404, as if the resource were missing.
 */
public final class QueryParameters {

    private QueryParameters() {}

    /** {@code value} as a whole number from {@code min} to {@code max}; {@code absent} when it is not given. */
    public static int whole(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notAWholeNumber) {
            // Answered below with the range, like a number out of it.
        }
        String detail = name + " is a whole number from " + min + " to " + max + ", not " + abbreviated(value) + ".";
        throw new ProblemException(400, "Bad Request", detail, List.of(new Problem.FieldError(name, detail)));
    }

    private static String abbreviated(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }
}
