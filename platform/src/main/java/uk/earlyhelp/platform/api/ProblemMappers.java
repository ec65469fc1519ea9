package uk.earlyhelp.platform.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.earlyhelp.platform.personal.FamilyAlreadyErased;
import uk.earlyhelp.platform.personal.FamilyKeyUnavailable;

/** Every error any service answers is problem+json (RFC 9457); a client never sees a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(
                Problem.of(400, "Bad Request", "The request has invalid fields.")
                        .withErrors(errors),
                uri);
    }

    /** Declared apart from {@link #unreadable} so it wins over Quarkus's own mapper for this type. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unparseable(JsonParseException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        Problem problem = Problem.of(400, "Bad Request", "The request body is not valid JSON for this resource.");
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            problem = problem.withErrors(List.of(new Problem.FieldError(field, mapping.getOriginalMessage())));
        }
        return respond(problem, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return respond(Problem.of(401, "Unauthorized", "A valid bearer token is required."), uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(Problem.of(401, "Unauthorized", "A valid bearer token is required."), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "Forbidden", "Your role or council may not do this."), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("Request failed", e);
        }
        return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage()), uri);
    }

    /** A family key that will not unwrap is the deployment's fault: say so, and never answer as if erased. */
    @ServerExceptionMapper
    public Response keyUnavailable(FamilyKeyUnavailable e, UriInfo uri) {
        LOG.error("Personal data unavailable", e);
        return respond(
                Problem.of(
                        503,
                        "Service Unavailable",
                        "This family's personal data cannot be read now: a master key is missing from the service's"
                                + " configuration. Try again once the operators have restored it."),
                uri);
    }

    @ServerExceptionMapper
    public Response erased(FamilyAlreadyErased e, UriInfo uri) {
        return respond(Problem.of(409, "Conflict", e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Throwable cause = e.getCause();
        while (cause != null && cause != cause.getCause()) {
            if (cause instanceof FamilyKeyUnavailable unavailable) {
                return keyUnavailable(unavailable, uri);
            }
            if (cause instanceof FamilyAlreadyErased erased) {
                return erased(erased, uri);
            }
            cause = cause.getCause();
        }
        LOG.error("Unexpected failure", e);
        return respond(Problem.of(500, "Internal Server Error", "The request could not be completed."), uri);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getPath()))
                .build();
    }

    /** "submit.request.household.members[0].dateOfBirth" becomes "household.members[0].dateOfBirth". */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        var first = violation.getPropertyPath().iterator().next();
        if (first.getKind() != ElementKind.METHOD) {
            return path;
        }
        String[] methodParameterRest = path.split("\\.", 3);
        return methodParameterRest.length == 3
                ? methodParameterRest[2]
                : methodParameterRest[methodParameterRest.length - 1];
    }
}
