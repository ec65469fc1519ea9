package uk.earlyhelp.platform.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Signs in the browser pages (the duty screen and its stream, the dashboards) from the HttpOnly session cookie that
 * {@link SessionResource} sets, so that no script on a page can read the token, where the pages sign in with a pasted
 * token ({@code earlyhelp.pages.sign-in=token}, local runs and tests). The cookie holds the same signed JWT an API client
 * sends as a bearer token and is checked by the same verifier ({@link VerifiedTokens}), the default OIDC tenant (issuer, audience, expiry): the
 * page paths belong to the "pages" tenant, which signs people in with the code flow instead and is off in this mode.
 *
 * <p>Which routes accept it is configuration ({@code quarkus.http.auth.permission.pages.*} in each service): the page
 * and stream routes take only the cookie, every {@code /api} route only the bearer header, so a cookie riding along
 * with a forged cross-site request opens no API.
 */
@ApplicationScoped
public class SessionCookieAuthentication implements HttpAuthenticationMechanism {

    public static final String COOKIE = "earlyhelp_session";
    /** The name routes are bound to in {@code quarkus.http.auth.permission.<set>.auth-mechanism}. */
    public static final String SCHEME = "session";

    /** The default tenant's verifier, as the APIs' bearer tokens go through it (remembering tokens that passed). */
    @Inject
    VerifiedTokens bearerTokens;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = context.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().optional(Optional.empty());
        }
        return bearerTokens.verify(cookie.getValue());
    }

    /** Pages say "sign in" themselves; an API-style challenge header would only confuse a browser. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, null, null));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, COOKIE, SCHEME));
    }
}
