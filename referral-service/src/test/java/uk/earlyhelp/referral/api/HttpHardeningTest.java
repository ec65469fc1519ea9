package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.ServiceMetrics;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * What the platform does for every service's HTTP (docs/operations.md, "Security and operations"): the body
 * limit holds for bodies sent in chunks too, a service refuses what it cannot take with a 503, tokens must be meant
 * for this system (audience), and every answer carries the security headers.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class HttpHardeningTest {

    @TestHTTPResource("/api/v1/referrals")
    URI referrals;

    @Inject
    Jdbc jdbc;

    @ConfigProperty(name = "earlyhelp.http.max-in-flight")
    int maxInFlight;

    /**
     * A service handling its limit of requests refuses the next at once with a 503 problem and Retry-After, and takes
     * requests again as soon as those finish; health answers throughout. The limit is held by requests whose bodies
     * have not all arrived: each is in flight until its last byte comes.
     */
    @Test
    void aServiceHandlingItsLimitOfRequestsAnswers503WithRetryAfterUntilTheyFinish() throws Exception {
        List<Socket> waiting = new ArrayList<>();
        try {
            for (int i = 0; i < maxInFlight; i++) {
                Socket socket = new Socket(referrals.getHost(), referrals.getPort());
                socket.getOutputStream()
                        .write(("POST /api/v1/referrals HTTP/1.1\r\nHost: localhost\r\n"
                                        + "Authorization: Bearer " + TestTokens.partner("police") + "\r\n"
                                        + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{")
                                .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                waiting.add(socket);
            }
            // Every held request counted first (on a busy machine the server may read the last of them late), so
            // that a failure says how many it counted.
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertEquals(
                            maxInFlight,
                            (int) ServiceMetrics.value("earlyhelp_http_requests_in_flight"),
                            "requests counted in flight"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> emptyReferral()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("detail", containsString("Retry-After")));
            given().get("/q/health/live").then().statusCode(200);
            given().get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .body(containsString("earlyhelp_http_requests_refused_busy_total"))
                    .body(containsString("earlyhelp_http_requests_in_flight " + maxInFlight));

            for (Socket socket : waiting) {
                socket.getOutputStream().write('}');
                socket.getOutputStream().flush();
                String statusLine = new BufferedReader(
                                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
                assertEquals("HTTP/1.1 400 Bad Request", statusLine);
            }
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> emptyReferral().statusCode(400).contentType("application/problem+json"));
        } finally {
            for (Socket socket : waiting) {
                socket.close();
            }
        }
    }

    private static ValidatableResponse emptyReferral() {
        return given().auth()
                .oauth2(TestTokens.partner("police"))
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/referrals")
                .then();
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413ProblemAndStoresNothing() throws Exception {
        long before = storedEvents();
        String oversized = Referrals.body(r -> r.put("summary", "x".repeat(3_000_000)));
        HttpResponse<String> answer = postChunked(oversized);
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals(
                "application/problem+json",
                answer.headers().firstValue("content-type").orElse(""));
        assertTrue(answer.body().contains("larger than"), answer.body());
        assertEquals(before, storedEvents());
    }

    @Test
    void aChunkedBodyWithinTheLimitIsTakenAsUsual() throws Exception {
        HttpResponse<String> answer = postChunked(Referrals.body());
        assertEquals(202, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("familyId"), answer.body());
    }

    @Test
    void aBodyAnnouncedWithExpectContinueIsAskedForAndTaken() throws Exception {
        // Such a client (curl, for a body over 1 KiB) holds the body back until the service answers 100 Continue.
        byte[] body = Referrals.body().getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(referrals.getHost(), referrals.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream()
                    .write(("POST /api/v1/referrals HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Authorization: Bearer " + TestTokens.partner("police") + "\r\n"
                                    + "Content-Type: application/json\r\nExpect: 100-continue\r\n"
                                    + "Content-Length: " + body.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader answer =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            assertEquals("HTTP/1.1 100 Continue", answer.readLine());
            assertEquals("", answer.readLine());
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            assertEquals("HTTP/1.1 202 Accepted", answer.readLine());
        }
    }

    @Test
    void aReferralSentOverHttp2IsTaken() throws Exception {
        try (HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build()) {
            // The JDK client asks for HTTP/2 on its first request (a GET) and sends the next ones over it.
            http.send(
                    HttpRequest.newBuilder(referrals.resolve("/q/health/live")).build(),
                    HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(referrals)
                            .header("Authorization", "Bearer " + TestTokens.partner("police"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(Referrals.body()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(HttpClient.Version.HTTP_2, answer.version());
            assertEquals(202, answer.statusCode(), answer.body());
        }
    }

    @Test
    void aTokenMeantForAnotherSystemIsRefused() {
        String elsewhere = TestTokens.claims("partner", TestTokens.COUNCIL, "test-partner")
                .audience("some-other-system")
                .claim("agency", "police")
                .sign();
        String noAudience = TestTokens.claims("partner", TestTokens.COUNCIL, "test-partner")
                .remove("aud")
                .claim("agency", "police")
                .sign();
        for (String token : new String[] {elsewhere, noAudience}) {
            given().auth()
                    .oauth2(token)
                    .contentType("application/json")
                    .body(Referrals.body())
                    .post("/api/v1/referrals")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void pagesAndAnswersCarryTheSecurityHeaders() {
        for (String path : new String[] {"/duty/index.html", "/api/v1/referrals"}) {
            given().auth()
                    .oauth2(TestTokens.role("duty-officer"))
                    .get(path)
                    .then()
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Cache-Control", equalTo("no-store"));
        }
    }

    /** Posts without a Content-Length: the JDK client sends a body of unknown length in chunks. */
    private HttpResponse<String> postChunked(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.fromPublisher(subscriber -> {
            HttpRequest.BodyPublishers.ofByteArray(bytes).subscribe(new Flow.Subscriber<ByteBuffer>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscriber.onSubscribe(subscription);
                }

                @Override
                public void onNext(ByteBuffer item) {
                    subscriber.onNext(item);
                }

                @Override
                public void onError(Throwable throwable) {
                    subscriber.onError(throwable);
                }

                @Override
                public void onComplete() {
                    subscriber.onComplete();
                }
            });
        });
        HttpRequest request = HttpRequest.newBuilder(referrals)
                .header("Authorization", "Bearer " + TestTokens.partner("police"))
                .header("Content-Type", "application/json")
                .POST(chunked)
                .build();
        try (HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private long storedEvents() {
        return jdbc.queryOne("SELECT count(*) FROM domain_event_entry", row -> row.getLong(1))
                .orElseThrow();
    }
}
