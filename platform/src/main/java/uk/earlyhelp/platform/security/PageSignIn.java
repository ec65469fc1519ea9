package uk.earlyhelp.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How this service's pages sign people in ({@code earlyhelp.pages.sign-in}): through the council's identity provider
 * ({@code oidc}), or with a pasted token ({@code token}, local runs and tests). A page template asks it by name
 * ({@code inject:pageSignIn.withToken}) to offer the token form only where one is taken.
 */
@ApplicationScoped
@Named("pageSignIn")
public class PageSignIn {

    @ConfigProperty(name = "earlyhelp.pages.sign-in")
    String method;

    public String method() {
        return method;
    }

    public boolean withToken() {
        return "token".equals(method);
    }
}
