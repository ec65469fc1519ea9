package uk.earlyhelp.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.earlyhelp.platform.api.ProblemException;

/** Who is calling, from their token: roles (its {@code groups} claim), council and agency claims. */
@RequestScoped
public class Caller {

    /** The access token of an API call; the ID token of a page signed in through the identity provider. */
    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    public String name() {
        return token.getName();
    }

    /** Who the caller is ({@code sub}): where two different people must act, this is what is compared. */
    public String subject() {
        return token.getSubject();
    }

    /** The caller's council; every record they touch must belong to it. */
    public String council() {
        return claim("council").orElseThrow(() -> ProblemException.forbidden("The token has no council claim."));
    }

    /** When the caller's token stops being valid: a long-lived connection (the duty stream) must end then. */
    public Instant tokenExpiresAt() {
        return Instant.ofEpochSecond(token.getExpirationTime());
    }

    public Optional<String> agency() {
        return claim("agency");
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Refuses (403) a request for another council's data rather than answering with nothing. */
    public void requireCouncil(String council) {
        if (!council().equals(council)) {
            throw ProblemException.forbidden("This record belongs to another council.");
        }
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
        return Optional.ofNullable(text).filter(v -> !v.isBlank());
    }
}
