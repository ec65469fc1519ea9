package uk.earlyhelp.referral.api;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import uk.earlyhelp.platform.api.Problem;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.security.Caller;
import uk.earlyhelp.platform.security.SessionCookieAuthentication;
import uk.earlyhelp.referral.application.DutyScreen;
import uk.earlyhelp.referral.projection.DutyItem;

/**
 * The First Response duty screen's live stream (server-sent events): the council's new referrals and
 * decisions as they arrive, after a replay of the last hours; {@code Last-Event-ID} resumes exactly where
 * a screen left off. One poller serves every open screen.
 */
@Singleton
@Path("/api/v1/duty/stream")
@Tag(name = "Pages")
public class DutyStreamResource {

    private static final Logger LOG = Logger.getLogger(DutyStreamResource.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final DutyScreen dutyScreen;
    private final Caller caller;
    private final Queue<Screen> screens = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().daemon().name("duty-stream").unstarted(runnable));

    private static final class Screen {
        final String council;
        final SseEventSink sink;
        final Sse sse;
        // The stream is authorised once, when it opens: it must end when the token that opened it does.
        final Instant tokenExpiresAt;
        long lastSeq;

        Screen(String council, SseEventSink sink, Sse sse, Instant tokenExpiresAt, long lastSeq) {
            this.council = council;
            this.sink = sink;
            this.sse = sse;
            this.tokenExpiresAt = tokenExpiresAt;
            this.lastSeq = lastSeq;
        }
    }

    DutyStreamResource(DutyScreen dutyScreen, Caller caller) {
        this.dutyScreen = dutyScreen;
        this.caller = caller;
        poller.scheduleWithFixedDelay(this::pollAll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed("duty-officer")
    @SecurityRequirement(name = SessionCookieAuthentication.SCHEME, scopes = "duty-officer")
    @Operation(
            operationId = "streamDutyScreen",
            summary = "The duty screen's live stream",
            description = "Server-sent events named REFERRAL or DECISION, JSON data, id = position; send"
                    + " Last-Event-ID to resume. On connect, replays the council's last hours.")
    @APIResponse(
            responseCode = "200",
            description = "The events, until the sign-in expires (then a last event named SIGNED_OUT)",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    @APIResponse(
            responseCode = "400",
            description = "Last-Event-ID is not an event id this stream sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "403",
            description = "Not a duty officer",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public void stream(@Context SseEventSink sink, @Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId) {
        String council = caller.council();
        long from = lastEventId == null ? dutyScreen.replayStart(council) : parse(lastEventId);
        screens.add(new Screen(council, sink, sse, caller.tokenExpiresAt(), from));
    }

    private void pollAll() {
        for (Screen screen : screens) {
            if (screen.sink.isClosed()) {
                screens.remove(screen);
                continue;
            }
            if (!Instant.now().isBefore(screen.tokenExpiresAt)) {
                // Tell the page why, so it asks the officer to sign in again rather than reconnecting blindly.
                screen.sink.send(screen.sse
                        .newEventBuilder()
                        .name("SIGNED_OUT")
                        .data("The sign-in has expired.")
                        .build());
                screen.sink.close();
                screens.remove(screen);
                continue;
            }
            try {
                List<DutyItem> items = dutyScreen.after(screen.council, screen.lastSeq, 500);
                for (DutyItem item : items) {
                    screen.sink.send(screen.sse
                            .newEventBuilder()
                            .id(Long.toString(item.seq()))
                            .name(item.kind())
                            .mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(DutyItem.class, item)
                            .build());
                    screen.lastSeq = item.seq();
                }
            } catch (RuntimeException e) {
                LOG.warn("Closing a duty screen's stream after a failure", e);
                screen.sink.close();
                screens.remove(screen);
            }
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
        screens.forEach(screen -> screen.sink.close());
    }

    private static long parse(String lastEventId) {
        try {
            return Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            throw new ProblemException(
                    400,
                    "Bad Request",
                    "Last-Event-ID must be an event id this stream sent.",
                    List.of(new uk.earlyhelp.platform.api.Problem.FieldError("Last-Event-ID", e.getMessage())));
        }
    }
}
