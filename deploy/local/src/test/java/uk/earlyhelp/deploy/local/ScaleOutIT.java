package uk.earlyhelp.deploy.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scale-out (docs/operations.md, "Running at scale"): two instances of every service share each service's database and consumer group.
 * Referrals go to both referral instances while one instance of eligibility and one of casework are
 * killed; every accepted referral still gets exactly one decision and one history entry, and no
 * service's store holds anything twice. Both instances of each service hold segments of its Kafka publisher.
 */
class ScaleOutIT {

    /** A few hundred in CI; more by hand with -Dearlyhelp.scaleout.referrals=2000. */
    private static final int REFERRALS = Integer.getInteger("earlyhelp.scaleout.referrals", 200);

    private static LocalRunner runner;
    private static DevKeys keys;

    @BeforeAll
    static void startTwoInstancesOfEverything() {
        runner = TestSystems.start("scale-out", 2);
        keys = DevKeys.in(runner.settings().devKeysDir());
    }

    @AfterAll
    static void stop() {
        if (runner != null) {
            runner.closeAndDropDatabases();
        }
    }

    @Test
    void everyReferralIsDecidedAndRecordedOnceAcrossInstancesAndKills() throws Exception {
        // Both instances of every service take their share of the Kafka publisher's four segments; the survivors
        // of the kills below take the dead instances' segments over, or their decisions would never be published.
        for (Service service : Service.values()) {
            await().atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> count(
                                    service,
                                    "SELECT count(DISTINCT owner) FROM token_entry"
                                            + " WHERE processor_name = 'kafka-publisher' AND owner IS NOT NULL")
                            == 2);
        }
        String partner = DevToken.sign(keys, "partner", DevToken.DEFAULT_COUNCIL, "police");
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<String>> accepted = new ArrayList<>();
        try {
            for (int i = 0; i < REFERRALS; i++) {
                int instance = i % 2;
                accepted.add(clients.submit(() -> given().auth()
                        .oauth2(partner)
                        .contentType(ContentType.JSON)
                        .body(Referral.ofOwnFamily("CRIME_ASB", "HEALTH"))
                        .when()
                        .post(runner.baseUrl(Service.REFERRAL, instance) + "/api/v1/referrals")
                        .then()
                        .statusCode(202)
                        .extract()
                        .<String>path("familyId")));
                if (i == REFERRALS / 3) {
                    runner.kill(Service.ELIGIBILITY, 1);
                }
                if (i == REFERRALS / 2) {
                    runner.kill(Service.CASEWORK, 0);
                }
            }
            List<String> families = new ArrayList<>();
            for (Future<String> familyId : accepted) {
                families.add(familyId.get());
            }
            assertEquals(REFERRALS, families.stream().distinct().count(), "one family per referral");

            // What survives is one instance of each; everything must arrive there once.
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> count(
                                    Service.CASEWORK,
                                    "SELECT count(*) FROM history_entry WHERE type = 'EligibilityDecided'")
                            >= REFERRALS);
            assertEquals(REFERRALS, count(Service.ELIGIBILITY, "SELECT count(*) FROM eligibility_decision"));
            assertEquals(
                    REFERRALS,
                    count(Service.ELIGIBILITY, "SELECT count(DISTINCT family_id) FROM eligibility_decision"));
            assertEquals(
                    REFERRALS,
                    count(Service.CASEWORK, "SELECT count(*) FROM history_entry WHERE type = 'ReferralReceived'"));
            assertEquals(
                    REFERRALS,
                    count(Service.CASEWORK, "SELECT count(*) FROM history_entry WHERE type = 'EligibilityDecided'"));
            Stores.assertNothingStoredOrHandledTwice(runner);
            // Each decision was made once: one EligibilityDecided event per referral in eligibility's store.
            assertEquals(
                    REFERRALS,
                    count(
                            Service.ELIGIBILITY,
                            "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.EligibilityDecided'"));
            assertTrue(count(Service.CASEWORK, "SELECT count(*) FROM inbox") >= 2L * REFERRALS);
        } finally {
            clients.shutdownNow();
        }
    }

    private static long count(Service service, String sql) {
        return Stores.count(runner, service, sql);
    }
}
