package uk.earlyhelp.platform.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;

/**
 * Where a browser page learns how people sign in ({@code earlyhelp.pages.sign-in}), and, with a pasted token (local
 * runs and tests), signs in: the page posts the officer's token once, and gets it back as an HttpOnly, SameSite=Strict
 * cookie that lasts as long as the token and that only page and stream routes accept
 * ({@link SessionCookieAuthentication}). A token the service would refuse is refused here, so the page can say so.
 * With OpenID Connect the page never gets here: visiting it without a session goes to the identity provider.
 *
 * <p>Declares the API document's two security schemes, the bearer token's first on purpose: Quarkus gives each
 * {@code @RolesAllowed} operation the first scheme declared (and describes this one further from
 * {@code quarkus.smallrye-openapi.security-scheme*} in the platform's configuration), while the page routes name the
 * session cookie's themselves.
 */
@Path("/session")
@PermitAll
@Tag(name = "Pages", description = "The browser pages, their sign-in, and the routes they call with the session cookie")
@SecuritySchemes({
    @SecurityScheme(
            securitySchemeName = "jwt",
            type = SecuritySchemeType.HTTP,
            scheme = "bearer",
            bearerFormat = "JWT"),
    @SecurityScheme(
            securitySchemeName = SessionCookieAuthentication.SCHEME,
            type = SecuritySchemeType.APIKEY,
            in = SecuritySchemeIn.COOKIE,
            apiKeyName = SessionCookieAuthentication.COOKIE,
            description = "The browser pages' HttpOnly session cookie, set by POST /session. Only the page routes"
                    + " accept it; the APIs take the bearer token.")
})
public class SessionResource {

    /** The token, as an API client would send it after "Bearer ". */
    public record SignIn(
            @NotNull @NotBlank @Size(max = 8192) String token) {}

    /** How this service's pages sign people in: {@code oidc} (the identity provider) or {@code token} (a form). */
    public record SignInMethod(String signIn) {}

    /** The default tenant's verifier (no qualifier): the one the APIs' bearer tokens go through. */
    @Inject
    TenantIdentityProvider tokens;

    @Inject
    Clock clock;

    @Inject
    PageSignIn pageSignIn;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "signInMethod",
            summary = "How the browser pages sign in",
            description = "oidc: a page visited without a session goes to the council's identity provider (reload it);"
                    + " token: the page asks for a token and posts it here.")
    @SecurityRequirements // none: a page asks before anyone is signed in
    @APIResponse(responseCode = "200", description = "The sign-in method")
    public SignInMethod method() {
        return new SignInMethod(pageSignIn.method());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "signIn",
            summary = "Sign a browser page in",
            description = "Sets the HttpOnly session cookie from the token.")
    @SecurityRequirements // none: the token comes in the body
    @APIResponse(responseCode = "204", description = "Signed in; the cookie is set")
    @APIResponse(
            responseCode = "401",
            description = "The token is not one this service accepts (signature, issuer, audience or expiry)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "The pages sign in through the identity provider here, not with a token",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> signIn(@Valid @NotNull SignIn signIn) {
        if (!pageSignIn.withToken()) {
            String detail = "These pages sign in through the council's identity provider: reload the page.";
            return Uni.createFrom()
                    .failure(new ProblemException(
                            404, "Not Found", detail, List.of(new Problem.FieldError("token", detail))));
        }
        return tokens.authenticate(new AccessTokenCredential(signIn.token()))
                .onFailure()
                .transform(refused -> {
                    String detail = "This token is not accepted here (expired, or not issued for Early Help): get a"
                            + " new one and sign in again.";
                    return new ProblemException(
                            401, "Unauthorized", detail, List.of(new Problem.FieldError("token", detail)));
                })
                .map(identity -> {
                    JsonWebToken token = (JsonWebToken) identity.getPrincipal();
                    long secondsLeft = Math.max(
                            0, token.getExpirationTime() - clock.instant().getEpochSecond());
                    return Response.noContent()
                            .cookie(cookie(signIn.token(), (int) secondsLeft))
                            .build();
                });
    }

    @DELETE
    @Operation(operationId = "signOut", summary = "Sign a browser page out", description = "Clears the session cookie.")
    @SecurityRequirements // none: anyone may clear the cookie
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response signOut() {
        return Response.noContent().cookie(cookie("", 0)).build();
    }

    private static NewCookie cookie(String value, int maxAgeSeconds) {
        return new NewCookie.Builder(SessionCookieAuthentication.COOKIE)
                .value(value)
                .path("/")
                .maxAge(maxAgeSeconds)
                .httpOnly(true)
                .secure(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
