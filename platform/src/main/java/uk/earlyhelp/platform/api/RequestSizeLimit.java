package uk.earlyhelp.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose body is larger than {@code earlyhelp.http.max-body-size} with a 413 problem+json. A
 * declared length is checked before any of the body is read. A body sent in chunks has no length to check, so
 * it is read here, counted, and refused as soon as it passes the limit (the resources then read the buffered
 * body): without this, a chunked body slipped past the limit up to Quarkus's own, and then got an empty 413
 * that a client cannot explain to its user.
 */
@ApplicationScoped
public class RequestSizeLimit {

    void install(
            @Observes Router router,
            @ConfigProperty(name = "earlyhelp.http.max-body-size") MemorySize limit,
            ObjectMapper json) {
        long maxBytes = limit.asLongValue();
        String body = problem(json, maxBytes);
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBytes);
        router.route()
                .order(Integer.MIN_VALUE)
                .handler(context -> {
                    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
                    if (length != null && isOver(length, maxBytes)) {
                        refuse(context, body);
                    } else if (length == null && isChunked(context)) {
                        chunkedBodies.handle(context);
                    } else {
                        context.next();
                    }
                })
                .failureHandler(context -> {
                    if (context.statusCode() == 413) {
                        refuse(context, body);
                    } else {
                        context.next();
                    }
                });
    }

    private static void refuse(RoutingContext context, String body) {
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    private static boolean isChunked(RoutingContext context) {
        String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
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
