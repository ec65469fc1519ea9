package uk.earlyhelp.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is larger than {@code earlyhelp.http.max-body-size} with a 413
 * problem+json, before any of it is read. Quarkus's own limit (set higher, for bodies without a length)
 * would answer with an empty 413 that a client cannot explain to its user.
 */
@ApplicationScoped
public class RequestSizeLimit {

    void install(
            @Observes Router router,
            @ConfigProperty(name = "earlyhelp.http.max-body-size") MemorySize limit,
            ObjectMapper json) {
        long maxBytes = limit.asLongValue();
        String body = problem(json, maxBytes);
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length, maxBytes)) {
                context.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body);
                return;
            }
            context.next();
        });
    }

    private static boolean isOver(String length, long maxBytes) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String problem(ObjectMapper json, long maxBytes) {
        try {
            return json.writeValueAsString(Problem.of(
                    413, "Content Too Large", "The request body is larger than " + maxBytes / 1024 + " KiB."));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
