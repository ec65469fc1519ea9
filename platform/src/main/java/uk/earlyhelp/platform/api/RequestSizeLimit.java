package uk.earlyhelp.platform.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose body is larger than {@code earlyhelp.http.max-body-size} with a 413 problem+json, and reads
 * the JSON bodies it lets in into memory before a resource runs.
 *
 * <ul>
 *   <li>A declared length is checked before anything else, and before any of the body is read.
 *   <li>After the in-flight bound ({@link InFlightLimit}), a body sent in chunks, which has no length to check, is
 *       read here, counted, and refused as soon as it passes the limit: without this, it slipped past the limit up to
 *       Quarkus's own, and then got an empty 413 that a client cannot explain to its user.
 *   <li>A JSON body is read here too, on the connection's event loop, as it arrives. Left to Quarkus REST, a blocking
 *       resource's body is read by its worker thread from a stream the event loop feeds through a lock and a wake-up
 *       per piece, which a flight recording of the front door under load put at a quarter of its event loops'
 *       samples (bench/RESULTS.md); read here, the worker gets it whole (Vert.x's handler answers {@code Expect:
 *       100-continue} as Quarkus REST did). Form posts (the claims page), which Quarkus REST reads itself, and HTTP/2
 *       requests, which it cannot take once read, are left to it.
 * </ul>
 */
@ApplicationScoped
public class RequestSizeLimit {

    void install(
            @Observes Router router,
            @ConfigProperty(name = "earlyhelp.http.max-body-size") MemorySize limit,
            ObjectMapper json) {
        long maxBytes = limit.asLongValue();
        RouteProblem tooLarge = tooLarge(json, maxBytes);
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length, maxBytes)) {
                refuse(context, tooLarge);
            } else {
                context.next();
            }
        });
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(maxBytes);
        router.route()
                .order(InFlightLimit.ROUTE_ORDER + 1)
                .handler(context -> {
                    if (isChunked(context) || isJsonWithBody(context)) {
                        bodies.handle(context);
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
        return context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && encoding != null
                && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static boolean isJsonWithBody(RoutingContext context) {
        if (context.request().version() == HttpVersion.HTTP_2) {
            // Quarkus REST pauses every request it takes, which HTTP/2 refuses for one already read (a 500).
            return false;
        }
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (type == null || length == null || length.trim().equals("0")) {
            return false;
        }
        String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
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
