package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.axon.AxonRuntime;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.ProjectionReplay;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * The triage queue and the duty screen's feed write with their processor's batch (BatchedWrites). Replayed from the
 * event store, where a batch holds many events of one family (its referrals, triages, a merge), they must come back
 * as handling the events as they came wrote them.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class FrontDoorReplayTest {

    /** The feed's sequence and write time say when a row was written, not what it says. */
    static final Set<String> WRITE_ORDER = Set.of("seq", "recorded_at");

    @Inject
    Jdbc jdbc;

    @Inject
    AxonRuntime axon;

    @Test
    void replayedInBatchesTheTriageQueueAndTheDutyFeedAreWhatHandlingEachEventWrote() {
        String name = "Replay" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        String waiting = refer(name + "a", false);
        String accepted = refer(name + "b", true);
        triage(accepted, Map.of("outcome", "ACCEPT_FOR_EARLY_HELP", "team", "MELTON", "reason", "x"));
        String signposted = refer(name + "c", false);
        triage(signposted, Map.of("outcome", "SIGNPOST", "signpostedTo", "Food bank", "reason", "x"));
        // Triaged, then referred again: waiting once more.
        String again = refer(name + "d", false);
        triage(again, Map.of("outcome", "NO_FURTHER_ACTION", "reason", "x"));
        assertEquals(again, refer(name + "d", true));
        // Two waiting families made one: the merged family's wait moves to the other.
        String merged = refer(name + "e", true);
        String kept = refer(name + "f", false);
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .contentType(ContentType.JSON)
                .body(Map.of("into", kept, "reason", "One household."))
                .post("/api/v1/families/{id}/merge", merged)
                .then()
                .statusCode(200);

        var replay = new ProjectionReplay(jdbc, axon, "triage-status", "duty-feed");
        replay.awaitCaughtUp();
        Map<String, List<String>> live = snapshot(replay);
        for (String family : List.of(waiting, accepted, signposted, again, kept)) {
            assertTrue(live.get("family_triage").stream().anyMatch(row -> row.contains(family)), family);
        }

        replay.replayInto(() -> {
            jdbc.update("DELETE FROM family_triage");
            // Decisions come from Kafka, not from the event store: they stay.
            jdbc.update("DELETE FROM duty_feed WHERE kind <> 'DECISION'");
        });

        assertEquals(live, snapshot(replay));
    }

    private static Map<String, List<String>> snapshot(ProjectionReplay replay) {
        return Map.of(
                "family_triage",
                replay.rows("SELECT * FROM family_triage ORDER BY family_id", Set.of()),
                "duty_feed",
                replay.rows("SELECT * FROM duty_feed WHERE kind <> 'DECISION' ORDER BY source_id", WRITE_ORDER));
    }

    private static String refer(String familyName, boolean safeguarding) {
        return Referrals.familyId(TestTokens.partner("police"), Referrals.body(referral -> {
            ((ObjectNode) referral.at("/household/members/1")).put("familyName", familyName);
            referral.put("safeguardingConcern", safeguarding);
        }));
    }

    private static void triage(String familyId, Map<String, Object> body) {
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/families/{id}/triage", familyId)
                .then()
                .statusCode(200);
    }
}
