package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.security.SessionCookieAuthentication;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.TestTokens;

@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class DutyStreamTest {

    record Event(String id, String name, String data) {}

    @TestHTTPResource("/api/v1/duty/stream")
    URL stream;

    @Test
    void theStreamReplaysTheCouncilsReferralsAndResumesFromLastEventIdWithoutGapsOrDuplicates() throws Exception {
        String first = Referrals.post(TestTokens.partner("police"), Referrals.body())
                .statusCode(202)
                .extract()
                .path("referralId");
        String second = Referrals.post(
                        TestTokens.partner("health"), Referrals.body(r -> r.put("safeguardingConcern", true)))
                .statusCode(202)
                .extract()
                .path("referralId");
        String otherCouncil = Referrals.post(
                        TestTokens.token("partner", TestTokens.OTHER_COUNCIL, "police"), Referrals.body())
                .statusCode(202)
                .extract()
                .path("referralId");

        List<Event> replay =
                read(null, events -> events.stream().anyMatch(e -> e.data().contains(second)));
        Event firstEvent = replay.stream()
                .filter(e -> e.data().contains(first))
                .findFirst()
                .orElseThrow();
        Event secondEvent = replay.stream()
                .filter(e -> e.data().contains(second))
                .findFirst()
                .orElseThrow();
        assertEquals("REFERRAL", firstEvent.name());
        assertTrue(secondEvent.data().contains("\"escalation\":true"), secondEvent.data());
        assertFalse(firstEvent.data().contains("Kerry"), "no names on the wall screen");
        assertTrue(replay.stream().noneMatch(e -> e.data().contains(otherCouncil)), "another council's referral");

        List<Event> resumed = read(firstEvent.id(), events -> events.stream()
                .anyMatch(e -> e.data().contains(second)));
        assertTrue(resumed.stream().noneMatch(e -> e.data().contains(first)), "no duplicate after Last-Event-ID");
        assertTrue(resumed.stream().anyMatch(e -> e.id().equals(secondEvent.id())), "no gap after Last-Event-ID");
    }

    @Test
    void theStreamEndsWhenTheTokenThatOpenedItExpires() throws Exception {
        String shortLived = TestTokens.claims("duty-officer", TestTokens.COUNCIL, "test-duty-officer")
                .expiresIn(3)
                .sign();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(stream.toString()))
                                .header("Cookie", SessionCookieAuthentication.COOKIE + "=" + shortLived)
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        // The server closes the stream at the token's expiry; a stream still open a minute on fails the test.
        List<String> lines = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    List<String> read = new ArrayList<>();
                    try (BufferedReader reader =
                            new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = reader.readLine()) != null) {
                            read.add(line);
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return read;
                })
                .get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(lines.contains("event:SIGNED_OUT") || lines.contains("event: SIGNED_OUT"), lines.toString());
    }

    @Test
    void onlyDutyOfficersMayWatchTheStream() {
        given().cookie(SessionCookieAuthentication.COOKIE, TestTokens.partner("police"))
                .when()
                .get("/api/v1/duty/stream")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/api/v1/duty/stream").then().statusCode(401);
        // The stream is the page's: a bearer header, an API client's way in, does not open it.
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .when()
                .get("/api/v1/duty/stream")
                .then()
                .statusCode(401);
    }

    @Test
    void theDutyPageIsServed() {
        given().when()
                .get("/duty")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("First Response duty screen"));
    }

    /** Reads the stream until {@code done} holds for the events so far (or 30 s pass), then disconnects. */
    private List<Event> read(String lastEventId, Predicate<List<Event>> done) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stream.toString()))
                .header("Cookie", SessionCookieAuthentication.COOKIE + "=" + TestTokens.role("duty-officer"))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<java.io.InputStream> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        List<Event> events = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            String line;
            while (Instant.now().isBefore(deadline) && (line = lines.readLine()) != null) {
                if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                } else if (line.isEmpty() && id != null) {
                    events.add(new Event(id, name, data.toString()));
                    id = null;
                    name = null;
                    data.setLength(0);
                    if (done.test(events)) {
                        return events;
                    }
                }
            }
        }
        throw new AssertionError("The stream did not deliver the expected events: " + events);
    }
}
