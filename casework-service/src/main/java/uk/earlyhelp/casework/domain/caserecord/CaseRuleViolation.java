package uk.earlyhelp.casework.domain.caserecord;

/**
 * A command the case refuses on its business rules. {@link Kind} says how the API answers it (409 for a
 * case in the wrong state, 422 for a request the case cannot accept, 404 for an unknown part of the case);
 * {@code field} names the request field at fault, or is {@code null}.
 */
public class CaseRuleViolation extends RuntimeException {

    public enum Kind {
        CONFLICT,
        UNPROCESSABLE,
        NOT_FOUND
    }

    private final Kind kind;
    private final String field;

    public CaseRuleViolation(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static CaseRuleViolation conflict(String field, String message) {
        return new CaseRuleViolation(Kind.CONFLICT, field, message);
    }

    public static CaseRuleViolation unprocessable(String field, String message) {
        return new CaseRuleViolation(Kind.UNPROCESSABLE, field, message);
    }

    public static CaseRuleViolation notFound(String field, String message) {
        return new CaseRuleViolation(Kind.NOT_FOUND, field, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
