package uk.earlyhelp.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * A problem answered by a Vert.x route that runs before the REST layer (and so before {@code ProblemMappers}): its
 * body serialised once, when the route is installed, and sent as {@code application/problem+json}.
 */
record RouteProblem(int status, String body) {

    static RouteProblem of(ObjectMapper json, Problem problem) {
        try {
            return new RouteProblem(problem.status(), json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The response with this problem's status and content type, for the caller to add headers to and end. */
    HttpServerResponse response(RoutingContext context) {
        return context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
    }
}
