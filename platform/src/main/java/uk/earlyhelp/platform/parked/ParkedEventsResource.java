package uk.earlyhelp.platform.parked;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.api.QueryParameters;
import uk.earlyhelp.platform.axon.AxonRuntime;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.messaging.Inbox;
import uk.earlyhelp.platform.metrics.DatabaseGauges;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.platform.security.OperatorAudit;
import uk.earlyhelp.platform.security.Roles;

/**
 * The events this service parked because it could not handle them (docs/operations.md, "Security and
 * operations"), for the platform team: what, whose family, why, since when; and a retry that handles the family's
 * parked events again in order once the cause is fixed. Ids and codes only: operators see no personal data.
 */
@Path("/api/v1/admin/parked-events")
@Tag(
        name = "Operations",
        description = "For the platform team (role operator): parked events and other upkeep of this service")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class ParkedEventsResource {

    /** One parked event: {@code family} is its sequence, the family (or aggregate) it waits with. */
    public record ParkedEvent(
            String id,
            String processingGroup,
            String family,
            String eventType,
            String eventId,
            String causeType,
            String causeMessage,
            String parkedAt) {}

    public record Retried(String id, String processingGroup, String family, boolean handled, long stillParked) {}

    private static final String KAFKA = "kafka:";

    @Inject
    Jdbc jdbc;

    @Inject
    AxonRuntime axon;

    @Inject
    Inbox inbox;

    @Inject
    Caller caller;

    @Inject
    OperatorAudit audit;

    @Inject
    ObjectMapper json;

    /** The number of parked events, as a metric beside Axon's and the JVM's. */
    static void registerMetric(@Observes StartupEvent start, MeterRegistry metrics, Jdbc jdbc) {
        DatabaseGauges.register(
                metrics,
                jdbc,
                "earlyhelp.parked.events",
                "Events and Kafka records this service parked because it could not handle them",
                "SELECT count(*) FROM dead_letter_entry");
    }

    @GET
    @Operation(operationId = "listParkedEvents", summary = "List parked events, oldest first")
    public List<ParkedEvent> list(@QueryParam("limit") String limitParameter) {
        int limit = QueryParameters.whole("limit", limitParameter, 100, 1, 1000);
        return jdbc.query(
                """
                SELECT dead_letter_id, processing_group, sequence_identifier, payload_type, event_identifier,
                       meta_data, cause_type, cause_message, enqueued_at
                FROM dead_letter_entry ORDER BY enqueued_at, sequence_index LIMIT ?""",
                row -> new ParkedEvent(
                        row.getString("dead_letter_id"),
                        row.getString("processing_group"),
                        row.getString("sequence_identifier"),
                        eventType(
                                row.getString("processing_group"),
                                row.getString("payload_type"),
                                row.getBytes("meta_data")),
                        row.getString("event_identifier"),
                        row.getString("cause_type"),
                        row.getString("cause_message"),
                        row.getString("enqueued_at")),
                limit);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(
            operationId = "retryParkedEvent",
            summary = "Retry a parked event",
            description = "Handles the parked events of the same family and processor again, in order, stopping at"
                    + " the first that still fails (it stays parked with its new error).")
    public Retried retry(@PathParam("id") String id) {
        record Parked(String group, String sequence) {}
        Parked parked = jdbc.queryOne(
                        "SELECT processing_group, sequence_identifier FROM dead_letter_entry WHERE dead_letter_id = ?",
                        row -> new Parked(row.getString(1), row.getString(2)),
                        id)
                .orElseThrow(() -> ProblemException.notFound("No parked event " + id + "; it may have been retried."));
        audit.record(caller.name(), "parked-event retry", parked.group() + " " + parked.sequence() + " (" + id + ")");
        boolean handled;
        try {
            handled = parked.group().startsWith(KAFKA)
                    ? inbox.retry(parked.group().substring(KAFKA.length()), parked.sequence())
                    : axon.configuration()
                            .eventProcessingConfiguration()
                            .sequencedDeadLetterProcessor(parked.group())
                            .orElseThrow(() -> ProblemException.conflict("No processor " + parked.group() + " here."))
                            .process(letter -> letter instanceof JdbcDeadLetter<?> jdbcLetter
                                    && parked.sequence().equals(jdbcLetter.getSequenceIdentifier()));
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        long still = jdbc.queryOne(
                        "SELECT count(*) FROM dead_letter_entry WHERE processing_group = ? AND sequence_identifier = ?",
                        row -> row.getLong(1),
                        parked.group(),
                        parked.sequence())
                .orElse(0L);
        return new Retried(id, parked.group(), parked.sequence(), handled, still);
    }

    private String eventType(String group, String payloadType, byte[] metaData) {
        if (!group.startsWith(KAFKA) || metaData == null) {
            return payloadType;
        }
        try {
            JsonNode meta = json.readTree(metaData);
            return Optional.ofNullable(meta.get("ce_type"))
                    .map(JsonNode::asText)
                    .orElse(payloadType);
        } catch (IOException e) {
            return payloadType;
        }
    }
}
