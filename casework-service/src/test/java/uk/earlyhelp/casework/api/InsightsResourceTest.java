package uk.earlyhelp.casework.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.FamilyStarDomain;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * Every figure of the outcomes dashboard (docs/domain.md, "Outcomes dashboard") for the {@link KnownFamilies}, as JSON
 * and CSV, whole and filtered.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class InsightsResourceTest {

    static final String OUTCOMES = "/api/v1/insights/outcomes";

    /** Built once for the class, in the first test's setup: RestAssured knows the port only from then. */
    static KnownFamilies known;

    @BeforeEach
    void buildTheFamilies() {
        if (known == null) {
            known = new KnownFamilies().build();
        }
    }

    @Test
    void everyFigureForTheWholeCouncil() {
        // A, B and C measured; A and B progressed; every domain moved for A, PROGRESS_TO_WORK also for B.
        var response = known.manager().get(OUTCOMES).then().statusCode(200).contentType("application/json");
        assertFigures(
                response,
                3,
                2,
                66.7,
                Map.of("PROGRESS_TO_WORK", 2),
                1,
                List.of(
                        List.of(0, 0, 1), // LOWER -> HIGHER: A
                        List.of(0, 1, 0), // MIDDLE -> MIDDLE: B
                        List.of(1, 0, 0)), // HIGHER -> LOWER: C
                33.3, // 3 referrals (A once, E twice), E's second within 12 months of its closure
                20.0, // C of five cases
                100.0, // A 100, B 200, E 50 days
                1); // C, attached 400 days ago
        assertEquals(
                List.of(
                        "measuredFamilies,3",
                        "anyDomainProgress.count,2",
                        "anyDomainProgress.percent,66.7",
                        "domains.HOME_AND_MONEY.count,1",
                        "domains.HOME_AND_MONEY.percent,33.3",
                        "domains.KEEPING_CHILDREN_SAFE.count,1",
                        "domains.KEEPING_CHILDREN_SAFE.percent,33.3",
                        "domains.BOUNDARIES_AND_BEHAVIOUR.count,1",
                        "domains.BOUNDARIES_AND_BEHAVIOUR.percent,33.3",
                        "domains.FAMILY_ROUTINES.count,1",
                        "domains.FAMILY_ROUTINES.percent,33.3",
                        "domains.PHYSICAL_HEALTH.count,1",
                        "domains.PHYSICAL_HEALTH.percent,33.3",
                        "domains.ADULT_WELLBEING.count,1",
                        "domains.ADULT_WELLBEING.percent,33.3",
                        "domains.SOCIAL_NETWORKS.count,1",
                        "domains.SOCIAL_NETWORKS.percent,33.3",
                        "domains.CHILDRENS_EMOTIONAL_NEEDS.count,1",
                        "domains.CHILDRENS_EMOTIONAL_NEEDS.percent,33.3",
                        "domains.EDUCATION_AND_LEARNING.count,1",
                        "domains.EDUCATION_AND_LEARNING.percent,33.3",
                        "domains.PROGRESS_TO_WORK.count,2",
                        "domains.PROGRESS_TO_WORK.percent,66.7",
                        "progressMatrix.LOWER.LOWER,0",
                        "progressMatrix.LOWER.MIDDLE,0",
                        "progressMatrix.LOWER.HIGHER,1",
                        "progressMatrix.MIDDLE.LOWER,0",
                        "progressMatrix.MIDDLE.MIDDLE,1",
                        "progressMatrix.MIDDLE.HIGHER,0",
                        "progressMatrix.HIGHER.LOWER,1",
                        "progressMatrix.HIGHER.MIDDLE,0",
                        "progressMatrix.HIGHER.HIGHER,0",
                        "reReferralRate,33.3",
                        "stepUpRate,20.0",
                        "medianDaysToClosure,100.0",
                        "openOverAYear,1"),
                csv(known.manager().queryParam("format", "csv").get(OUTCOMES).then()));
    }

    @Test
    void onePractitionersFamilies() {
        // A, B and E: both measured families progressed.
        var response = known.manager()
                .queryParam("practitioner", KnownFamilies.ALICE)
                .get(OUTCOMES)
                .then()
                .statusCode(200);
        assertFigures(
                response,
                2,
                2,
                100.0,
                Map.of("PROGRESS_TO_WORK", 2),
                1,
                List.of(List.of(0, 0, 1), List.of(0, 1, 0), List.of(0, 0, 0)),
                33.3,
                0.0,
                100.0,
                0);
        List<String> rows = csv(known.manager()
                .queryParam("practitioner", KnownFamilies.ALICE)
                .queryParam("format", "csv")
                .get(OUTCOMES)
                .then());
        assertEquals("anyDomainProgress.percent,100.0", rows.get(2));
        assertEquals("domains.HOME_AND_MONEY.percent,50.0", rows.get(4));
    }

    @Test
    void familiesAttachedInAPeriod() {
        // C, D and E: only C measured, and it regressed; E's two referrals, one a re-referral.
        var response = known.manager()
                .queryParam("from", known.today.minusDays(450).toString())
                .queryParam("to", known.today.toString())
                .get(OUTCOMES)
                .then()
                .statusCode(200);
        assertFigures(
                response,
                1,
                0,
                0.0,
                Map.of(),
                0,
                List.of(List.of(0, 0, 0), List.of(0, 0, 0), List.of(1, 0, 0)),
                50.0,
                33.3,
                50.0,
                1);
        // Both ends are inclusive: a period of D's attachment day alone holds D only.
        known.manager()
                .queryParam("from", known.today.minusDays(300).toString())
                .queryParam("to", known.today.minusDays(300).toString())
                .get(OUTCOMES)
                .then()
                .statusCode(200)
                .body("measuredFamilies", equalTo(0))
                .body("stepUpRate", equalTo(0.0f))
                .body("medianDaysToClosure", nullValue())
                .body("openOverAYear", equalTo(0));
    }

    @Test
    void onlyAManagerOfTheCouncilSeesItsFigures() {
        given().auth()
                .oauth2(TestTokens.token("caseworker", known.council, null))
                .get(OUTCOMES)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get(OUTCOMES).then().statusCode(401);
        // Another council's manager gets that council's (empty) figures, never these.
        given().auth()
                .oauth2(TestTokens.token("manager", "E0" + "0000001", null))
                .get(OUTCOMES)
                .then()
                .statusCode(200)
                .body("measuredFamilies", equalTo(0))
                .body("reReferralRate", equalTo(0.0f))
                .body("domains.size()", equalTo(10));
    }

    @Test
    void badParametersAreA400NamingTheParameter() {
        known.manager()
                .queryParam("from", "2026-03-01")
                .queryParam("to", "2026-02-01")
                .get(OUTCOMES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
        known.manager()
                .queryParam("to", "2026-13-01")
                .get(OUTCOMES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"));
        known.manager()
                .queryParam("from", "yesterday")
                .get(OUTCOMES)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        known.manager()
                .queryParam("format", "xml")
                .get(OUTCOMES)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    /**
     * Asserts the whole JSON: {@code progressed} holds the domains whose count is not {@code everyOther}, and
     * {@code matrix} its rows LOWER, MIDDLE, HIGHER of columns LOWER, MIDDLE, HIGHER.
     */
    private static void assertFigures(
            ValidatableResponse response,
            int measured,
            int anyProgress,
            double anyPercent,
            Map<String, Integer> progressed,
            int everyOther,
            List<List<Integer>> matrix,
            double reReferral,
            double stepUp,
            Double median,
            int openOverAYear) {
        response.body("measuredFamilies", equalTo(measured))
                .body("anyDomainProgress.count", equalTo(anyProgress))
                .body("anyDomainProgress.percent", equalTo((float) anyPercent))
                .body("domains.size()", equalTo(FamilyStarDomain.values().length))
                .body("progressMatrix.size()", equalTo(3))
                .body("reReferralRate", equalTo((float) reReferral))
                .body("stepUpRate", equalTo((float) stepUp))
                .body("medianDaysToClosure", median == null ? nullValue() : equalTo(median.floatValue()))
                .body("openOverAYear", equalTo(openOverAYear));
        for (FamilyStarDomain domain : FamilyStarDomain.values()) {
            int count = progressed.getOrDefault(domain.name(), everyOther);
            response.body("domains." + domain + ".count", equalTo(count))
                    .body("domains." + domain + ".percent", equalTo((float) percent(count, measured)));
        }
        String[] bands = {"LOWER", "MIDDLE", "HIGHER"};
        for (int first = 0; first < 3; first++) {
            for (int latest = 0; latest < 3; latest++) {
                response.body(
                        "progressMatrix." + bands[first] + "." + bands[latest],
                        equalTo(matrix.get(first).get(latest)));
            }
        }
    }

    private static double percent(int count, int of) {
        return of == 0 ? 0.0 : Math.round(count * 1000.0 / of) / 10.0;
    }

    /** The CSV's rows after its header. */
    private static List<String> csv(ValidatableResponse response) {
        String body = response.statusCode(200).contentType("text/csv").extract().asString();
        List<String> lines = new ArrayList<>(List.of(body.split("\n")));
        assertEquals("figure,value", lines.removeFirst());
        return lines;
    }
}
