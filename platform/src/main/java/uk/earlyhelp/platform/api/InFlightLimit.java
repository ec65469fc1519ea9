package uk.earlyhelp.platform.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers {@code 503} with {@code Retry-After} at once, before reading the body, while the service is already handling
 * {@code earlyhelp.http.max-in-flight} requests. Without a bound, a front door offered more referrals than it can
 * store queued every one of them (its body, its request, its worker task) until its heap ran out, and then answered
 * none at all (bench/RESULTS.md). Refused at once, a partner's system retries a moment later, and the requests let in
 * are answered in time.
 *
 * <p>Health, metrics and the duty screen's event stream are never refused: a probe must see a busy service alive, and
 * an open stream is a connection held, not work waiting.
 */
@ApplicationScoped
public class InFlightLimit {

    /** After the declared body length is checked ({@link RequestSizeLimit}), before any body is read. */
    static final int ROUTE_ORDER = Integer.MIN_VALUE + 1;

    private final AtomicInteger inFlight = new AtomicInteger();

    void install(
            @Observes Router router,
            @ConfigProperty(name = "earlyhelp.http.max-in-flight") int limit,
            ObjectMapper json,
            MeterRegistry meters) {
        RouteProblem busy = busy(json, limit);
        meters.gauge("earlyhelp.http.requests.in.flight", inFlight);
        Counter refused = Counter.builder("earlyhelp.http.requests.refused.busy")
                .description("Requests answered 503 because the service was handling its limit of requests")
                .register(meters);
        router.route().order(ROUTE_ORDER).handler(context -> {
            if (isExempt(context)) {
                context.next();
            } else if (inFlight.incrementAndGet() > limit) {
                inFlight.decrementAndGet();
                refused.increment();
                busy.response(context).putHeader(HttpHeaders.RETRY_AFTER, "1").end(busy.body());
            } else {
                // Called once, when the response has ended or the connection has gone.
                context.addEndHandler(done -> inFlight.decrementAndGet());
                context.next();
            }
        });
    }

    private static boolean isExempt(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return context.normalizedPath().startsWith("/q/") || (accept != null && accept.contains("text/event-stream"));
    }

    private static RouteProblem busy(ObjectMapper json, int limit) {
        return RouteProblem.of(
                json,
                Problem.of(
                        503,
                        "Service Busy",
                        "The service is already handling " + limit + " requests. Nothing was stored: send the same"
                                + " request again after the number of seconds in Retry-After (with the same"
                                + " Idempotency-Key, if it had one)."));
    }
}
