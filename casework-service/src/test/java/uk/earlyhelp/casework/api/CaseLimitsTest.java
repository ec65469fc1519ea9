package uk.earlyhelp.casework.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * Limits on every list and date of a casework request (docs/operations.md, "Security and operations"): an
 * oversized plan or an impossible date is a 400 naming the field, and nothing is stored, so no event Kafka or
 * PostgreSQL would refuse can reach the event store.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class CaseLimitsTest {

    @Inject
    Jdbc jdbc;

    static List<Arguments> oversizedOrImplausible() {
        List<Map<String, Object>> goals = IntStream.range(0, 10_000)
                .mapToObj(i -> Map.<String, Object>of("problem", "CRIME_ASB", "description", "goal " + i))
                .toList();
        List<Map<String, Object>> progress = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            progress.add(Map.of("goalId", "g" + i, "status", "IN_PROGRESS"));
        }
        return List.of(
                Arguments.of("plan", Map.of("agreedOn", "2026-11-26", "goals", goals), "goals"),
                Arguments.of("reviews", Map.of("reviewedOn", "2026-11-26", "progress", progress), "progress"),
                Arguments.of(
                        "attachment", Map.of("attachedOn", "0001-01-01", "leadPractitioner", "worker-1"), "attachedOn"),
                Arguments.of(
                        "outcomes",
                        Map.of(
                                "problem", "CRIME_ASB",
                                "sustainedFrom", "2026-01-01",
                                "sustainedTo", "+99999-01-01",
                                "evidence", "x"),
                        "sustainedTo"),
                Arguments.of("closure", Map.of("reason", "OUTCOMES_MET", "date", "1899-12-31"), "date"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("oversizedOrImplausible")
    void isA400NamingTheFieldAndStoresNothing(String path, Map<String, Object> body, String field) {
        String familyId = new CaseworkFixtures().eligibleFamily();
        long before = events();
        given().auth()
                .oauth2(TestTokens.role("caseworker"))
                .contentType("application/json")
                .body(body)
                .post("/api/v1/families/" + familyId + "/case/" + path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString(field)));
        assertEquals(before, events());
    }

    private long events() {
        return jdbc.queryOne("SELECT count(*) FROM domain_event_entry", row -> row.getLong(1))
                .orElseThrow();
    }
}
