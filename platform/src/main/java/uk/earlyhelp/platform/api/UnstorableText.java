package uk.earlyhelp.platform.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * PostgreSQL cannot store the NUL character in text, so a path or query parameter or a JSON string holding one
 * would fail at the database as a 500. It is refused at the door instead, as a 400 naming the parameter or field.
 */
public class UnstorableText {

    static final String DETAIL = "contains the NUL character (\\u0000), which cannot be stored; remove it.";

    @ServerRequestFilter
    public Response refuseNulInParameters(ContainerRequestContext request) {
        for (MultivaluedMap<String, String> parameters : List.of(
                request.getUriInfo().getPathParameters(), request.getUriInfo().getQueryParameters())) {
            for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
                if (parameter.getValue().stream().anyMatch(UnstorableText::hasNul)) {
                    String detail = parameter.getKey() + " " + DETAIL;
                    return Response.status(400)
                            .type(Problem.MEDIA_TYPE)
                            .entity(Problem.of(400, "Bad Request", detail)
                                    .withErrors(List.of(new Problem.FieldError(parameter.getKey(), detail)))
                                    .withInstance(request.getUriInfo().getPath()))
                            .build();
                }
            }
        }
        return null;
    }

    static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    /** Every JSON string the services read goes through this (registered by {@link StrictJson}). */
    static final class Strings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (hasNul(text)) {
                return (String) context.handleWeirdStringValue(String.class, text, DETAIL);
            }
            return text;
        }
    }
}
