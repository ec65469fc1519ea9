package uk.earlyhelp.casework.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;

/**
 * The scope of an outcomes report (docs/domain.md, "Outcomes dashboard") as a manager asks for it, in the API or on the
 * page: families attached in {@code [from, to]} (either end open when null), of one lead practitioner or of all (null).
 */
record OutcomeQuery(LocalDate from, LocalDate to, String practitioner) {

    /** Reads the query parameters; a malformed date or a {@code from} after {@code to} is a 400 naming it. */
    static OutcomeQuery parse(String from, String to, String practitioner) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw badRequest("from", "from (" + from + ") is after to (" + to + ").");
        }
        return new OutcomeQuery(fromDate, toDate, practitioner == null || practitioner.isBlank() ? null : practitioner);
    }

    static ProblemException badRequest(String parameter, String detail) {
        return new ProblemException(400, "Bad Request", detail, List.of(new Problem.FieldError(parameter, detail)));
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw badRequest(parameter, parameter + " is not a date (YYYY-MM-DD): " + value);
        }
    }
}
