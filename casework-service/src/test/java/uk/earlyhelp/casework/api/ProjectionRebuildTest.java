package uk.earlyhelp.casework.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.earlyhelp.casework.api.CaseworkFixtures.attachment;
import static uk.earlyhelp.casework.api.CaseworkFixtures.employment;
import static uk.earlyhelp.casework.api.CaseworkFixtures.outcome;
import static uk.earlyhelp.casework.api.CaseworkFixtures.post;
import static uk.earlyhelp.casework.api.CaseworkFixtures.review;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.casework.projection.HistoryProjection;
import uk.earlyhelp.platform.axon.AxonRuntime;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.ProjectionReplay;
import uk.earlyhelp.platform.testing.TestTokens;

@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class ProjectionRebuildTest {

    static final int FAMILIES = 10;
    static final String[] DOMAINS = {"HOME_AND_MONEY", "KEEPING_CHILDREN_SAFE", "FAMILY_ROUTINES", "PROGRESS_TO_WORK"};

    @Inject
    Jdbc jdbc;

    @Inject
    AxonRuntime axon;

    @Test
    void aRebuildReplaysTheEventStoreIntoTablesEqualToTheLiveOnes() {
        Driven driven = driveFamilies(FAMILIES);
        int commands = driven.commands();
        assertTrue(commands >= 250, "drove only " + commands + " commands");
        String awaited = driven.lastFamily();
        int expected = driven.lastFamilyEvents();
        Map<String, List<String>> live = snapshot(null);
        // The last family takes a command during the rebuild; every other family's rows must come back the same.
        Map<String, List<String>> others = snapshot(awaited);
        assertTrue(
                live.get("history_entry").size() >= commands,
                "history rows: " + live.get("history_entry").size());
        assertTrue(live.get("family_star_reading").size() > FAMILIES);
        assertTrue(live.get("plan_goal").size() > FAMILIES);

        // A row no event explains: a rebuild from the event store must not keep it.
        jdbc.update("INSERT INTO history_entry (family_id, sequence, type, occurred_at, actor, summary, details)"
                + " VALUES ('stray', 0, 'Stray', now(), 'nobody', 'not from an event', '{}')");

        // Rebuilds are the platform team's: a read-only manager may not truncate every council's read models.
        for (String role : List.of("caseworker", "manager", "data-protection")) {
            given().auth()
                    .oauth2(TestTokens.role(role))
                    .post("/api/v1/admin/projections/rebuild")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().post("/api/v1/admin/projections/rebuild")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.role("operator"))
                .post("/api/v1/admin/projections/rebuild")
                .then()
                .statusCode(202)
                .body("processor", equalTo("family-history"))
                .body("state", equalTo("REBUILDING"));
        // The live tables keep answering while the rebuild replays: the case is there, and takes a command.
        CaseworkFixtures.history(awaited).statusCode(200).body("events", hasSize(expected));
        post(awaited, "allocation", Map.of("leadPractitioner", "worker-during-rebuild"))
                .statusCode(200);
        CaseworkFixtures.awaitSwapped("/api/v1/admin/projections/rebuild");
        // The command taken during the rebuild is in the swapped-in tables too, and only the stray row has gone.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> CaseworkFixtures.history(awaited)
                .statusCode(200)
                .body("events", hasSize(expected + 1))
                .body("leadPractitioner", equalTo("worker-during-rebuild")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, List<String>> rebuilt = snapshot(awaited);
            for (String table : HistoryProjection.TABLES.keySet()) {
                assertEquals(others.get(table), rebuilt.get(table), table);
            }
        });
    }

    /**
     * Handled again, in order, every event leaves the tables as they were. A rebuild replays in segments and merges
     * them once caught up, and Axon's merged segment hands the events of the segment that was ahead to the handlers
     * again; so would an operator's merge of a live processor's segments.
     */
    @Test
    void everyEventHandledAgainLeavesEveryTableAsItWas() {
        driveFamilies(3);
        Map<String, List<String>> before = snapshot(null);

        // Nothing emptied: the events go to the handlers a second time, over the rows they wrote.
        history().replayInto(() -> {});

        assertEquals(before, snapshot(null));
    }

    @Test
    void whileAnotherInstanceHoldsTheProjectionARebuildIsA409AndStartsNothing() {
        // Another instance's claim on the processor's token, as just after a kill -9, here one that never expires.
        int claimed = jdbc.update(
                "UPDATE token_entry SET owner = 'another-instance', time_stamp = '2999-01-01T00:00:00Z'"
                        + " WHERE processor_name = ?",
                HistoryProjection.PROCESSING_GROUP);
        assertTrue(claimed > 0, "the processor has a token");
        try {
            given().auth()
                    .oauth2(TestTokens.role("operator"))
                    .post("/api/v1/admin/projections/rebuild")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("held by another instance"));
            assertEquals(
                    List.of("another-instance"),
                    jdbc.query(
                            "SELECT owner FROM token_entry WHERE processor_name = ?",
                            row -> row.getString("owner"),
                            HistoryProjection.PROCESSING_GROUP));
        } finally {
            jdbc.update(
                    "UPDATE token_entry SET owner = NULL WHERE processor_name = ?", HistoryProjection.PROCESSING_GROUP);
        }
    }

    /** What {@link #driveFamilies} did: the commands it sent, and the last family with its number of events. */
    private record Driven(int commands, String lastFamily, int lastFamilyEvents) {}

    /** {@code families} new cases, each driven through varied commands, returned once all their events are projected. */
    private Driven driveFamilies(int families) {
        var fixtures = new CaseworkFixtures();
        int commands = 0;
        String lastFamily = null;
        int lastFamilyEvents = 0;
        for (int f = 0; f < families; f++) {
            String familyId = fixtures.eligibleFamily();
            int events = 1 + drive(familyId, f);
            commands += events - 1;
            lastFamily = familyId;
            lastFamilyEvents = events;
        }
        String awaited = lastFamily;
        int expected = lastFamilyEvents;
        // One processor handles the store in order: once the last family's last event is in, all are.
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> CaseworkFixtures.history(awaited).statusCode(200).body("events", hasSize(expected)));
        return new Driven(commands, lastFamily, lastFamilyEvents);
    }

    /** Varied commands on one case; answers how many events they added. */
    private int drive(String familyId, int f) {
        int events = 0;
        post(familyId, "allocation", Map.of("leadPractitioner", "worker-" + (f % 3)))
                .statusCode(200);
        LocalDate day = LocalDate.parse("2026-01-01");
        post(familyId, "attachment", attachment("worker-" + f, day.toString())).statusCode(200);
        events += 2;
        for (int round = 0; round < 3; round++) {
            Map<String, Integer> readings = new LinkedHashMap<>();
            for (int d = 0; d <= (f + round) % DOMAINS.length; d++) {
                readings.put(DOMAINS[d], 1 + (f + round + d) % 10);
            }
            post(
                            familyId,
                            "assessments",
                            Map.of("date", day.plusDays(round * 30L).toString(), "readings", readings))
                    .statusCode(200);
            List<String> goals = post(
                            familyId,
                            "plan",
                            Map.of(
                                    "agreedOn",
                                    day.plusDays(round * 30L + 1).toString(),
                                    "goals",
                                    List.of(
                                            Map.of("problem", "CRIME_ASB", "description", "Goal A " + round),
                                            Map.of("problem", "SCHOOL_ATTENDANCE", "description", "Goal B " + round))))
                    .statusCode(200)
                    .extract()
                    .path("goals.goalId");
            String reviewedOn = day.plusDays(round * 30L + 10).toString();
            String status = round == 2 ? "ACHIEVED" : "IN_PROGRESS";
            post(familyId, "reviews", review(reviewedOn, goals.get(round % 2), status))
                    .statusCode(200);
            String problem = round % 2 == 0 ? "CRIME_ASB" : "SCHOOL_ATTENDANCE";
            String sustainedTo = day.plusDays(100 + round).toString();
            post(familyId, "outcomes", outcome(problem, day.toString(), sustainedTo, "evidence " + round))
                    .statusCode(200);
            String employmentId = post(
                            familyId,
                            "employment",
                            employment(round, "UC", day.plusDays(round).toString()))
                    .statusCode(200)
                    .extract()
                    .path("id");
            post(
                            familyId,
                            "employment/" + employmentId + "/end",
                            Map.of("endedOn", day.plusDays(60 + round).toString()))
                    .statusCode(200);
            post(
                            familyId,
                            "step-up",
                            Map.of("date", day.plusDays(round * 30L + 12).toString()))
                    .statusCode(200);
            post(
                            familyId,
                            "step-down",
                            Map.of("date", day.plusDays(round * 30L + 20).toString()))
                    .statusCode(200);
            events += 8;
            if (round < 2 || f % 2 == 0) {
                post(
                                familyId,
                                "closure",
                                Map.of(
                                        "reason",
                                        round == 2 ? "OUTCOMES_MET" : "OTHER",
                                        "date",
                                        day.plusDays(round * 30L + 25).toString()))
                        .statusCode(200);
                events += 1;
                if (round < 2) {
                    post(
                                    familyId,
                                    "reopening",
                                    Map.of(
                                            "date",
                                            day.plusDays(round * 30L + 26).toString()))
                            .statusCode(200);
                    events += 1;
                }
            }
        }
        return events;
    }

    /** Every row of every table, but those of {@code leftOut} (a family id, or null for none). */
    private Map<String, List<String>> snapshot(String leftOut) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        String where = " WHERE family_id <> '" + (leftOut == null ? "" : leftOut) + "'";
        HistoryProjection.TABLES.forEach((table, order) ->
                tables.put(table, history().rows("SELECT * FROM " + table + where + " ORDER BY " + order, Set.of())));
        return tables;
    }

    private ProjectionReplay history() {
        return new ProjectionReplay(jdbc, axon, HistoryProjection.PROCESSING_GROUP);
    }
}
