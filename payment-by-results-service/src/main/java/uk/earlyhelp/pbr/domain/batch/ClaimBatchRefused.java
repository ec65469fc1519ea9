package uk.earlyhelp.pbr.domain.batch;

/**
 * A change a batch refuses. {@link Kind} says how the API answers: 409 for a change its state does not allow (a
 * submitted batch refuses every change, forever), 422 for a request it cannot take (naming {@code field}), 403 for
 * the officer who may not make it (the one who drafted a batch cannot approve it).
 */
public class ClaimBatchRefused extends RuntimeException {

    public enum Kind {
        CONFLICT,
        UNPROCESSABLE,
        FORBIDDEN
    }

    private final Kind kind;
    private final String field;

    public ClaimBatchRefused(String message) {
        this(Kind.CONFLICT, null, message);
    }

    public ClaimBatchRefused(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }
}
