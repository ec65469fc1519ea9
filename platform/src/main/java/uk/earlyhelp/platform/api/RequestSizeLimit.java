package uk.earlyhelp.platform.api;

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
        RouteProblem tooLarge = tooLarge(json, maxBytes);
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBytes);
        router.route()
                .order(Integer.MIN_VALUE)
                .handler(context -> {
                    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
                    if (length != null && isOver(length, maxBytes)) {
                        refuse(context, tooLarge);
                    } else if (length == null && isChunked(context)) {
                        chunkedBodies.handle(context);
                    } else {
                        context.next();
                    }
                })
                .failureHandler(context -> {
                    if (context.statusCode() == 413) {
                        refuse(context, tooLarge);
                    } else {
                        context.next();
                    }
                });
    }

    private static void refuse(RoutingContext context, RouteProblem tooLarge) {
        tooLarge.response(context).putHeader(HttpHeaders.CONNECTION, "close").end(tooLarge.body());
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

    private static RouteProblem tooLarge(ObjectMapper json, long maxBytes) {
        return RouteProblem.of(
                json,
                Problem.of(413, "Content Too Large", "The request body is larger than " + maxBytes / 1024 + " KiB."));
    }
}
