package uk.earlyhelp.platform.security;

/** Roles every service knows by name (docs/domain.md, "Users and roles"). */
public final class Roles {

    /**
     * The platform team: projection rebuilds, key rotation, parked events, for all councils; never personal data.
     * Managers and data-protection officers cannot do these.
     */
    public static final String OPERATOR = "operator";

    private Roles() {}
}
