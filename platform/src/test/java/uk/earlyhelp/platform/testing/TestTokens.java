package uk.earlyhelp.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/** Bearer tokens for tests, signed with the key {@link EarlyHelpTestResource} generated for this run. */
public final class TestTokens {

    public static final String COUNCIL = "E10000018";
    public static final String OTHER_COUNCIL = "E06000016";
    /** The audience every service requires (quarkus.oidc.token.audience). */
    public static final String AUDIENCE = "earlyhelp";

    private TestTokens() {}

    public static String token(String role, String council, String agency) {
        JwtClaimsBuilder claims = claims(role, council, "test-" + role);
        if (agency != null) {
            claims.claim("agency", agency);
        }
        return claims.sign();
    }

    /** A token of {@code role} for one named person ({@code sub}), where two different people must act. */
    public static String person(String role, String user) {
        return claims(role, COUNCIL, user).sign();
    }

    /**
     * The claims every token here carries, unsigned: for a test about one of them (audience, expiry), which changes
     * or removes it and signs.
     */
    public static JwtClaimsBuilder claims(String role, String council, String user) {
        return Jwt.issuer(ConfigProvider.getConfig().getValue("quarkus.oidc.token.issuer", String.class))
                .audience(AUDIENCE)
                .subject(user)
                .upn(user)
                .groups(Set.of(role))
                .claim("council", council);
    }

    public static String partner(String agency) {
        return token("partner", COUNCIL, agency);
    }

    public static String role(String role) {
        return token(role, COUNCIL, null);
    }
}
