package uk.earlyhelp.deploy.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.earlyhelp.deploy.local.Service.CASEWORK;
import static uk.earlyhelp.deploy.local.Service.ELIGIBILITY;
import static uk.earlyhelp.deploy.local.Service.PAYMENT_BY_RESULTS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fault bar (docs/operations.md, "Quality bars"): while referrals and casework events flow, every service is killed with SIGKILL in
 * turn, and then the broker (while it is away, referral-service stays ready and takes referrals, and its health names
 * the channels that lost it), and each is restarted. Afterwards every accepted (2xx) referral has exactly one
 * decision, every consumer's event store holds what it was sent exactly once (by the source's ids), no
 * {@code ce_id} was handled twice, every cased family is claimed exactly once, and casework's read models equal
 * a rebuild from its event store.
 */
class FaultToleranceIT {

    /**
     * Rounds of faults: each round kills every service in turn and then the broker. CI runs one round (about two
     * minutes); a longer run by hand: {@code -Dearlyhelp.fault.rounds=3 -Dearlyhelp.fault.pace-ms=50}.
     */
    private static final int ROUNDS = Integer.getInteger("earlyhelp.fault.rounds", 1);

    /** Pause between one referral and the next, so referrals flow through every kill. */
    private static final Duration PACE = Duration.ofMillis(Long.getLong("earlyhelp.fault.pace-ms", 150));

    /** A bound on the referrals, whatever the faults take. */
    private static final int MAX_REFERRALS = Integer.getInteger("earlyhelp.fault.max-referrals", 3000);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static LocalRunner runner;
    private static DevKeys keys;

    private record Accepted(String referralId, String familyId) {}

    @BeforeAll
    static void startTheSystem() {
        runner = TestSystems.start("fault", 1);
        keys = DevKeys.in(runner.settings().devKeysDir());
    }

    @AfterAll
    static void stopTheSystem() {
        if (runner != null) {
            runner.closeAndDropDatabases();
        }
    }

    @Test
    void nothingIsLostOrDoneTwiceWhenEachServiceAndTheBrokerAreKilled() throws Exception {
        List<Accepted> accepted = new CopyOnWriteArrayList<>();
        AtomicBoolean faultsDone = new AtomicBoolean();
        CompletableFuture<Void> referrals = CompletableFuture.runAsync(() -> {
            // Referrals flow until the last restart.
            while (!faultsDone.get() && accepted.size() < MAX_REFERRALS) {
                accepted.add(referWithRetries());
                sleep(PACE);
            }
        });

        List<String> casedFamilies = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Service service : Service.values()) {
                // A case's events are sent just before the kill, so some are in flight when it happens.
                casedFamilies.add(caseWithOutcomes(accepted, casedFamilies));
                runner.kill(service, 0);
                sleep(Duration.ofSeconds(1));
                runner.restart(service, 0);
            }
            casedFamilies.add(caseWithOutcomes(accepted, casedFamilies));
            runner.killBroker();
            accepted.add(whileTheBrokerIsAway());
            runner.restartBroker();
            publisherHealthyAgain();
        }
        faultsDone.set(true);
        referrals.get(3, TimeUnit.MINUTES);
        casedFamilies.add(caseWithOutcomes(accepted, casedFamilies));

        List<String> referralIds = accepted.stream().map(Accepted::referralId).toList();
        assertTrue(referralIds.size() > 5 * ROUNDS * Service.values().length, "referrals flowed: " + referralIds);
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    // One decision per accepted referral in eligibility's event store, and casework noted each
                    // referral and each decision once.
                    assertEachOnce(referralIds, stored(ELIGIBILITY, "EligibilityDecided", "triggeredByReferralId"));
                    List<String> decisionIds = stored(ELIGIBILITY, "EligibilityDecided", "decisionId");
                    assertEachOnce(referralIds, stored(CASEWORK, "ReferralNoted", "referralId"));
                    assertEachOnce(decisionIds, stored(CASEWORK, "EligibilityNoted", "decisionId"));
                    // Payment by results noted each decision, attachment and outcome once.
                    assertEachOnce(decisionIds, stored(PAYMENT_BY_RESULTS, "EligibilityNoted", "decisionId"));
                    assertEachOnce(casedFamilies, stored(PAYMENT_BY_RESULTS, "AttachmentNoted", "familyId"));
                    List<String> outcomes = stored(PAYMENT_BY_RESULTS, "OutcomeNoted", "outcomeId");
                    assertEquals(2 * casedFamilies.size(), outcomes.size(), "outcomes noted by payment by results");
                    assertEachOnce(outcomes, outcomes);
                });
        assertEachOnce(referralIds, column(ELIGIBILITY, "SELECT triggered_by_referral_id FROM eligibility_decision"));
        assertEachOnce(
                referralIds,
                column(CASEWORK, "SELECT details ->> 'referralId' FROM history_entry WHERE type = 'ReferralReceived'"));
        Stores.assertNothingStoredOrHandledTwice(runner);

        assertEachFamilyClaimedOnce(casedFamilies);
        assertCaseworkProjectionsEqualARebuild();
    }

    /** The casework read models after the faults are what a replay of its event store gives. */
    private static void assertCaseworkProjectionsEqualARebuild() {
        List<String> tables = List.of("family_case", "history_entry", "family_star_reading", "plan_goal");
        Map<String, List<String>> live = new LinkedHashMap<>();
        tables.forEach(table -> live.put(table, Stores.table(runner, CASEWORK, table)));
        // A killed instance's claim on the projection lasts until it times out; meanwhile a rebuild answers 409.
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> post(CASEWORK, "/api/v1/admin/projections/rebuild", "operator", Map.of()));
        // The rebuild fills fresh tables and swaps them in once it has caught up.
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertEquals(
                        "SWAPPED",
                        get(CASEWORK, "/api/v1/admin/projections/rebuild", "operator")
                                .path("state")
                                .asText()));
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> tables.forEach(
                        table -> assertEquals(live.get(table), Stores.table(runner, CASEWORK, table), table)));
    }

    /**
     * Retries with the same Idempotency-Key, so a referral accepted just before referral-service died, whose
     * answer was lost, is answered again rather than made twice.
     */
    /**
     * With the broker away, referral-service names its channels down in its health, but stays ready and takes a
     * referral at once (the event store holds it until the broker is back); its publisher, failing to send it, is
     * named down too.
     */
    private static Accepted whileTheBrokerIsAway() throws Exception {
        String referralService = runner.baseUrl(Service.REFERRAL);
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    HttpResponse<String> health = HTTP.send(
                            HttpRequest.newBuilder(URI.create(referralService + "/q/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    for (JsonNode check : JSON.readTree(health.body()).path("checks")) {
                        if (check.path("name").asText().equals("kafka channel eligibility")) {
                            return health.statusCode() == 503
                                    && check.path("status").asText().equals("DOWN");
                        }
                    }
                    return false;
                });
        HttpResponse<String> ready = HTTP.send(
                HttpRequest.newBuilder(URI.create(referralService + "/q/health/ready"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        HttpResponse<String> response = HTTP.send(
                referral(
                        Referral.ofOwnFamily("CRIME_ASB", "HEALTH"),
                        UUID.randomUUID().toString()),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        JsonNode json = JSON.readTree(response.body());
        // That referral cannot be published: referral-service's publisher fails, and its health says so by name.
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> publisherCheck()
                        .map(check -> check.path("status").asText().equals("DOWN"))
                        .orElse(false));
        return new Accepted(
                json.get("referralId").asText(), json.get("familyId").asText());
    }

    /** Once the broker is back, referral-service's publisher catches up and its health check is UP again. */
    private static void publisherHealthyAgain() {
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> publisherCheck()
                        .map(check -> check.path("status").asText().equals("UP"))
                        .orElse(false));
    }

    /** Referral-service's health check of its Kafka publisher, {@code event processor kafka-publisher}. */
    private static Optional<JsonNode> publisherCheck() throws Exception {
        HttpResponse<String> health = HTTP.send(
                HttpRequest.newBuilder(URI.create(runner.baseUrl(Service.REFERRAL) + "/q/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode check : JSON.readTree(health.body()).path("checks")) {
            if (check.path("name").asText().equals("event processor kafka-publisher")) {
                return Optional.of(check);
            }
        }
        return Optional.empty();
    }

    private static HttpRequest referral(String body, String idempotencyKey) {
        return HttpRequest.newBuilder(URI.create(runner.baseUrl(Service.REFERRAL) + "/api/v1/referrals"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token("partner", "police"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static Accepted referWithRetries() {
        String body = Referral.ofOwnFamily("CRIME_ASB", "SCHOOL_ATTENDANCE");
        String key = UUID.randomUUID().toString();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            try {
                HttpResponse<String> response = HTTP.send(referral(body, key), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    JsonNode json = JSON.readTree(response.body());
                    return new Accepted(
                            json.get("referralId").asText(),
                            json.get("familyId").asText());
                }
                if (response.statusCode() / 100 == 4) {
                    throw new AssertionError("referral refused: " + response.statusCode() + " " + response.body());
                }
            } catch (IOException e) {
                // referral-service is down or restarting: the next attempt finds it back.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("referral-service did not accept a referral for two minutes");
            }
            sleep(Duration.ofMillis(500));
        }
    }

    /** Attaches the latest accepted family not yet cased and records sustained outcomes on both its problems. */
    private static String caseWithOutcomes(List<Accepted> accepted, List<String> alreadyCased) {
        await().atMost(Duration.ofMinutes(1))
                .until(() -> !accepted.isEmpty()
                        && !alreadyCased.contains(accepted.getLast().familyId()));
        String familyId = accepted.getLast().familyId();
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> "ELIGIBLE"
                        .equals(get(CASEWORK, "/api/v1/families/" + familyId + "/history", "caseworker")
                                .path("eligibility")
                                .asText()));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String casePath = "/api/v1/families/" + familyId + "/case";
        post(
                CASEWORK,
                casePath + "/attachment",
                "caseworker",
                Map.of("attachedOn", today.minusDays(400).toString(), "leadPractitioner", "worker-17"));
        for (String problem : List.of("CRIME_ASB", "SCHOOL_ATTENDANCE")) {
            post(
                    CASEWORK,
                    casePath + "/outcomes",
                    "caseworker",
                    Map.of(
                            "problem",
                            problem,
                            "sustainedFrom",
                            today.minusDays(390).toString(),
                            "sustainedTo",
                            today.minusDays(10).toString(),
                            "evidence",
                            "measure met in the fault test"));
        }
        return familyId;
    }

    /**
     * A batch that, once payment by results has every cased family's events, holds each of them; approved and
     * submitted, each family is claimed once, and a second batch finds none of them left.
     */
    private static void assertEachFamilyClaimedOnce(List<String> casedFamilies) {
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        String batch = post(PAYMENT_BY_RESULTS, "/api/v1/claim-batches", "finance-officer", Map.of("windowEnd", today))
                .path("batchId")
                .asText();
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertEquals(
                        Set.copyOf(casedFamilies),
                        familiesIn(post(
                                PAYMENT_BY_RESULTS,
                                "/api/v1/claim-batches/" + batch + "/rebuild",
                                "finance-officer",
                                Map.of()))));
        // The audit sample's spot checks, then approval by a second finance officer (never the drafter).
        JsonNode drafted = get(PAYMENT_BY_RESULTS, "/api/v1/claim-batches/" + batch, "finance-officer");
        drafted.path("auditSample")
                .forEach(sampled -> post(
                        PAYMENT_BY_RESULTS,
                        "/api/v1/claim-batches/" + batch + "/audit-results",
                        "finance-officer",
                        Map.of("familyId", sampled.asText(), "result", "PASS")));
        send(
                PAYMENT_BY_RESULTS,
                HttpRequest.newBuilder(URI.create(
                                runner.baseUrl(PAYMENT_BY_RESULTS) + "/api/v1/claim-batches/" + batch + "/approval"))
                        .header(
                                "Authorization",
                                "Bearer "
                                        + DevToken.sign(
                                                keys,
                                                "finance-officer",
                                                DevToken.DEFAULT_COUNCIL,
                                                null,
                                                "second-finance-officer"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        post(PAYMENT_BY_RESULTS, "/api/v1/claim-batches/" + batch + "/submission", "finance-officer", Map.of());
        assertEachOnce(casedFamilies, stored(PAYMENT_BY_RESULTS, "FamilyClaimed", "familyId"));
        assertEquals(
                Set.of(),
                familiesIn(post(
                        PAYMENT_BY_RESULTS, "/api/v1/claim-batches", "finance-officer", Map.of("windowEnd", today))),
                "a second batch claims nobody again");
    }

    private static Set<String> familiesIn(JsonNode batch) {
        Set<String> families = new HashSet<>();
        batch.path("entries")
                .forEach(entry -> families.add(entry.path("familyId").asText()));
        return families;
    }

    /** Each expected id occurs exactly once among {@code found}, and nothing in {@code found} occurs twice. */
    private static void assertEachOnce(Collection<String> expected, List<String> found) {
        Map<String, Long> counts = found.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        List<String> notOnce = expected.stream()
                .filter(id -> counts.getOrDefault(id, 0L) != 1)
                .map(id -> id + " x" + counts.getOrDefault(id, 0L))
                .toList();
        assertEquals(List.of(), notOnce, "expected once each");
        assertEquals(
                List.of(),
                counts.entrySet().stream()
                        .filter(count -> count.getValue() > 1)
                        .map(Map.Entry::getKey)
                        .toList(),
                "found twice");
    }

    /** One field of every event of the type in the service's event store (Jackson-serialised payloads). */
    private static List<String> stored(Service service, String eventType, String field) {
        return column(service, """
                SELECT convert_from(payload, 'UTF8')::jsonb ->> '%s' FROM domain_event_entry
                WHERE payload_type LIKE '%%.%s'""".formatted(field, eventType));
    }

    private static List<String> column(Service service, String query) {
        return Stores.rows(runner, service, query);
    }

    private static JsonNode get(Service service, String path, String role) {
        return send(
                service,
                HttpRequest.newBuilder(URI.create(runner.baseUrl(service) + path))
                        .GET()
                        .header("Authorization", "Bearer " + token(role, null)));
    }

    private static JsonNode post(Service service, String path, String role, Map<String, String> body) {
        try {
            return send(
                    service,
                    HttpRequest.newBuilder(URI.create(runner.baseUrl(service) + path))
                            .header("Authorization", "Bearer " + token(role, null))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode send(Service service, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return JSON.createObjectNode();
            }
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError(service + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(service + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String token(String role, String agency) {
        return DevToken.sign(keys, role, DevToken.DEFAULT_COUNCIL, agency);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
