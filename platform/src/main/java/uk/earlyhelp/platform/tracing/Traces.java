package uk.earlyhelp.platform.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * One trace from a partner's request to every service it reaches (docs/operations.md, "Traces"). HTTP requests are
 * traced by Quarkus. Between a request and the Kafka record its events become there is the event store and an event
 * processor, later and on another thread: the trace's W3C {@code traceparent} travels in the command's and the
 * events' metadata ({@link #TRACEPARENT}, kept by Axon's correlation data) and becomes the record's header; a
 * consumer carries it on from the header while it handles the record.
 */
@ApplicationScoped
public class Traces {

    /** The metadata key and the Kafka header: W3C Trace Context. */
    public static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false)
                    .map(Header::key)
                    .toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private static final TextMapSetter<Map<String, String>> INTO_MAP = Map::put;

    @Inject
    OpenTelemetry openTelemetry;

    private Tracer tracer() {
        return openTelemetry.getTracer("uk.earlyhelp");
    }

    /** The current trace as a {@code traceparent}, to keep with a command; empty outside any trace. */
    public Optional<String> currentTraceparent() {
        Map<String, String> carrier = new HashMap<>();
        openTelemetry.getPropagators().getTextMapPropagator().inject(Context.current(), carrier, INTO_MAP);
        return Optional.ofNullable(carrier.get(TRACEPARENT));
    }

    /** A span for handling a Kafka record, in the trace its {@code traceparent} header names (if any). */
    public Span consuming(String name, Headers headers) {
        Context parent =
                openTelemetry.getPropagators().getTextMapPropagator().extract(Context.root(), headers, KAFKA_HEADERS);
        return tracer().spanBuilder(name)
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .startSpan();
    }

    /**
     * A span for publishing an event whose stored metadata has a {@code traceparent}, and the headers that carry it
     * on; none when the event was stored outside any trace.
     */
    public Optional<Publishing> publishing(String name, Object traceparent) {
        if (!(traceparent instanceof String value)) {
            return Optional.empty();
        }
        Context parent = openTelemetry
                .getPropagators()
                .getTextMapPropagator()
                .extract(Context.root(), Map.of(TRACEPARENT, value), MAP);
        Span span = tracer().spanBuilder(name)
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .startSpan();
        Map<String, String> headers = new HashMap<>();
        openTelemetry.getPropagators().getTextMapPropagator().inject(parent.with(span), headers, INTO_MAP);
        return Optional.of(new Publishing(span, headers));
    }

    /** A publishing span and the W3C headers to send with the record. */
    public record Publishing(Span span, Map<String, String> headers) {}
}
