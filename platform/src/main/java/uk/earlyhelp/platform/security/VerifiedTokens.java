package uk.earlyhelp.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers, for a short while, that a bearer token passed the default OIDC tenant's checks (signature, issuer,
 * audience, expiry), so that a client sending the same token with every request is not checked again each time: the
 * RS256 signature check alone was about a tenth of the front door's CPU under load.
 *
 * <p>What makes it safe to skip the check:
 *
 * <ul>
 *   <li>A token not remembered goes through Quarkus OIDC's own identity provider with its own request, every check
 *       included; only one that passed is remembered, under the SHA-256 of its whole text, so a token differing in
 *       any byte (another signature, another claim) is checked in full. Refusals are never remembered.
 *   <li>An entry lasts at most {@code earlyhelp.security.token-cache.max-age} (1 minute) and never past the token's
 *       own expiry ({@code exp}, on this machine's clock, as the check itself uses), so a token stops being accepted
 *       when it would have been refused, and a signing key the provider withdraws stops being honoured within the
 *       max age.
 *   <li>It answers only for the default tenant (the tenant OIDC resolved for the request, not a name a client could
 *       choose) and only where a check would come out the same on the next request: not for a tenant that binds
 *       tokens to a certificate or a DPoP proof or limits a token's age, not for a request that needs step-up
 *       authentication, and an identity that came from asking the provider (introspection, user info) is not
 *       remembered. The pages' sign-in through the provider (the "pages" tenant, ID tokens) goes through OIDC as
 *       before.
 * </ul>
 *
 * <p>{@code earlyhelp.security.token-cache.max-age=PT0S} turns it off. Hits and misses are in {@code /q/metrics} as
 * {@code cache_gets_total{cache="verified-tokens"}}.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private static final String DEFAULT_TENANT = "Default";
    /** Where OIDC keeps, in a request's routing context, the step-up policy an endpoint asks for. */
    private static final String STEP_UP_POLICY = "io.quarkus.oidc.runtime.step-up-auth";
    /** What OIDC adds to an identity it got by asking the provider, which may answer otherwise next time. */
    private static final Set<String> ASKED_THE_PROVIDER = Set.of("introspection", "userinfo");

    /** Quarkus OIDC's identity provider: what checks a token not remembered, with the request it came with. */
    @Inject
    OidcIdentityProvider oidc;

    /** The default tenant's verifier for a token without a request (the pages' pasted-token session). */
    @Inject
    TenantIdentityProvider defaultTenant;

    private final Cache<String, Verified> verified;
    private final boolean enabled;

    @Inject
    VerifiedTokens(
            MeterRegistry metrics,
            @ConfigProperty(name = "earlyhelp.security.token-cache.max-age", defaultValue = "PT1M") Duration maxAge,
            @ConfigProperty(name = "earlyhelp.security.token-cache.size", defaultValue = "10000") long size) {
        this.enabled = !maxAge.isZero() && !maxAge.isNegative();
        this.verified = Caffeine.newBuilder()
                .maximumSize(size)
                .expireAfter(Expiry.<String, Verified>creating(
                        (token, entry) -> entry.lifetime(maxAge, System.currentTimeMillis())))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(metrics, verified, "verified-tokens");
    }

    /**
     * The identity of a default-tenant token that came without a request (a page's session cookie): remembered if it
     * passed lately, else checked by the default tenant (and then remembered).
     */
    public Uni<SecurityIdentity> verify(String token) {
        if (!enabled) {
            return defaultTenant.authenticate(new AccessTokenCredential(token));
        }
        String key = sha256(token);
        SecurityIdentity known = remembered(key);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return defaultTenant.authenticate(new AccessTokenCredential(token)).invoke(identity -> remember(key, identity));
    }

    /**
     * Quarkus asks providers in order of priority: this one first. OIDC's keeps the default (1001), which a provider of
     * the same priority would share, in no set order.
     */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (!enabled
                || !(request.getToken() instanceof AccessTokenCredential)
                || routing == null
                || !(routing.get(OidcTenantConfig.class.getName()) instanceof OidcTenantConfig tenant)
                || !sameCheckNextTime(tenant, routing)) {
            return Uni.createFrom().nullItem(); // not ours: OIDC's provider decides, as without this class
        }
        String key = sha256(request.getToken().getToken());
        SecurityIdentity known = remembered(key);
        if (known != null) {
            // Given this request, as OIDC gives each identity the request it came with.
            return Uni.createFrom()
                    .item(QuarkusSecurityIdentity.builder(known)
                            .addAttribute(RoutingContext.class.getName(), routing)
                            .build());
        }
        return oidc.authenticate(request, context).invoke(identity -> remember(key, identity));
    }

    /** Whether the tenant's check of a token would come out the same on the next request as on this one. */
    private static boolean sameCheckNextTime(OidcTenantConfig tenant, RoutingContext routing) {
        return DEFAULT_TENANT.equals(tenant.tenantId().orElse(DEFAULT_TENANT))
                && !"DPoP".equalsIgnoreCase(tenant.token().authorizationScheme())
                && !tenant.token().binding().certificate()
                && tenant.token().age().isEmpty()
                && routing.get(STEP_UP_POLICY) == null;
    }

    private SecurityIdentity remembered(String key) {
        Verified known = verified.getIfPresent(key);
        return known != null && known.stillValidAt(System.currentTimeMillis()) ? known.identity() : null;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    private void remember(String key, SecurityIdentity identity) {
        if (enabled
                && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getExpirationTime() > 0
                && ASKED_THE_PROVIDER.stream().allMatch(attribute -> identity.getAttribute(attribute) == null)) {
            // Kept without the request it came with, which is over (and whose memory is not ours to hold).
            SecurityIdentity withoutRequest = QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(RoutingContext.class.getName(), null)
                    .build();
            verified.put(key, new Verified(withoutRequest, jwt.getExpirationTime() * 1000));
        }
    }

    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** A token's identity as its check left it, and when the token expires (epoch milliseconds). */
    record Verified(SecurityIdentity identity, long expiresAtMillis) {

        boolean stillValidAt(long nowMillis) {
            return nowMillis < expiresAtMillis;
        }

        /** How long to keep it: the max age, or until the token expires if that is sooner. */
        Duration lifetime(Duration maxAge, long nowMillis) {
            Duration untilExpiry = Duration.ofMillis(Math.max(0, expiresAtMillis - nowMillis));
            return untilExpiry.compareTo(maxAge) < 0 ? untilExpiry : maxAge;
        }
    }
}
