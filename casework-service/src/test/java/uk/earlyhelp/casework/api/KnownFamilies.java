package uk.earlyhelp.casework.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static uk.earlyhelp.casework.api.CaseworkFixtures.post;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.FamilyStarDomain;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.MemberRole;
import uk.earlyhelp.contracts.ReferralReceivedV1;
import uk.earlyhelp.platform.testing.TestTokens;
import uk.earlyhelp.platform.time.England;

/**
 * Five families of a council of their own (so other tests' cases stay out of its figures), built through
 * Kafka and the REST commands, with dates relative to today so the open-over-a-year figure stays put:
 *
 * <pre>
 * family  practitioner attached   assessments (all ten domains)               closed   other
 * A       alice        today-600  2, then 8 (recorded latest first): LOWER->HIGHER, all progress
 *                                                                             +100     referred at -610
 * B       alice        today-500  6, 6, then 5 but PROGRESS_TO_WORK 7: MIDDLE->MIDDLE, one domain
 *                                                                             +200
 * C       bob          today-400  8, then 3: HIGHER->LOWER, regressed         open     stepped up at +30
 * D       bob          today-300  9 once: not measured                        open
 * E       alice        today-100  none                                        +50      referred at -110, again today
 * </pre>
 */
final class KnownFamilies {

    static final String ALICE = "alice";
    static final String BOB = "bob";

    final String council = "E0" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    final LocalDate today = England.dateOf(Instant.now());
    private final CaseworkFixtures fixtures = new CaseworkFixtures();
    private final String caseworker = TestTokens.token("caseworker", council, null);

    /** Builds the five families and waits until the insights show all of them. */
    KnownFamilies build() {
        String a = attached(600, ALICE);
        referral(a, today.minusDays(610));
        assess(a, today.minusDays(600 - 60), all(8));
        assess(a, today.minusDays(600 - 5), all(2));
        close(a, today.minusDays(600 - 100));

        String b = attached(500, ALICE);
        assess(b, today.minusDays(500 - 5), all(6));
        assess(b, today.minusDays(500 - 40), all(6));
        Map<String, Integer> latest = all(5);
        latest.put(FamilyStarDomain.PROGRESS_TO_WORK.name(), 7);
        assess(b, today.minusDays(500 - 90), latest);
        close(b, today.minusDays(500 - 200));

        String c = attached(400, BOB);
        assess(c, today.minusDays(400 - 5), all(8));
        post(caseworker, c, "step-up", Map.of("date", today.minusDays(400 - 30).toString()))
                .statusCode(200);
        assess(c, today.minusDays(400 - 90), all(3));

        String d = attached(300, BOB);
        assess(d, today.minusDays(300 - 5), all(9));

        String e = attached(100, ALICE);
        referral(e, today.minusDays(110));
        close(e, today.minusDays(100 - 50));
        referral(e, today);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> manager()
                .get("/api/v1/insights/outcomes")
                .then()
                .statusCode(200)
                .body("measuredFamilies", equalTo(3))
                .body("stepUpRate", equalTo(20.0f))
                .body("reReferralRate", equalTo(33.3f))
                .body("medianDaysToClosure", equalTo(100.0f)));
        return this;
    }

    RequestSpecification manager() {
        return given().auth().oauth2(TestTokens.token("manager", council, null));
    }

    private String attached(int daysAgo, String practitioner) {
        String familyId = fixtures.family(
                council, Decision.ELIGIBLE, HeadlineProblem.CRIME_ASB, HeadlineProblem.SCHOOL_ATTENDANCE);
        post(
                        caseworker,
                        familyId,
                        "attachment",
                        Map.of("attachedOn", today.minusDays(daysAgo).toString(), "leadPractitioner", practitioner))
                .statusCode(200);
        return familyId;
    }

    private void assess(String familyId, LocalDate on, Map<String, Integer> readings) {
        post(caseworker, familyId, "assessments", Map.of("date", on.toString(), "readings", readings))
                .statusCode(200);
    }

    private void close(String familyId, LocalDate on) {
        post(caseworker, familyId, "closure", Map.of("reason", "OUTCOMES_MET", "date", on.toString()))
                .statusCode(200);
    }

    private void referral(String familyId, LocalDate on) {
        fixtures.publish(
                new ReferralReceivedV1(
                        UUID.randomUUID().toString(),
                        familyId,
                        council,
                        "police",
                        England.startOf(on).plusSeconds(3600),
                        List.of(HeadlineProblem.CRIME_ASB),
                        List.of(new ReferralReceivedV1.Member(MemberRole.PARENT, 35)),
                        false,
                        false),
                UUID.randomUUID().toString());
    }

    private static Map<String, Integer> all(int reading) {
        Map<String, Integer> readings = new LinkedHashMap<>();
        for (FamilyStarDomain domain : FamilyStarDomain.values()) {
            readings.put(domain.name(), reading);
        }
        return readings;
    }
}
