package uk.earlyhelp.casework.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * The bad-input corpus for every casework command: malformed JSON, a body that is not an object, an unknown field
 * and a wrong type are each a 400 problem+json, never a 5xx, and nothing is stored.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class BadInputTest {

    @Inject
    Jdbc jdbc;

    /** Each command with a body that is right but for the field the corpus breaks. */
    private static final List<String[]> COMMANDS = List.of(
            new String[] {"allocation", "{\"leadPractitioner\": \"worker-1\"}", "leadPractitioner"},
            new String[] {"attachment", "{\"attachedOn\": \"2026-11-25\", \"leadPractitioner\": \"w\"}", "attachedOn"},
            new String[] {"assessments", "{\"date\": \"2026-11-26\", \"readings\": {\"HOME_AND_MONEY\": 3}}", "date"},
            new String[] {"plan", "{\"agreedOn\": \"2026-11-26\", \"goals\": []}", "agreedOn"},
            new String[] {"reviews", "{\"reviewedOn\": \"2026-11-26\", \"progress\": []}", "reviewedOn"},
            new String[] {
                "outcomes",
                "{\"problem\": \"CRIME_ASB\", \"sustainedFrom\": \"2026-01-01\", \"sustainedTo\": \"2026-07-01\","
                        + " \"evidence\": \"e\"}",
                "sustainedFrom"
            },
            new String[] {
                "employment",
                "{\"memberIndex\": 0, \"benefitBefore\": \"JSA\", \"startedOn\": \"2026-01-04\"}",
                "startedOn"
            },
            new String[] {"step-up", "{\"date\": \"2026-11-26\"}", "date"},
            new String[] {"step-down", "{\"date\": \"2026-11-26\"}", "date"},
            new String[] {"closure", "{\"reason\": \"OUTCOMES_MET\", \"date\": \"2026-11-26\"}", "date"},
            new String[] {"reopening", "{\"date\": \"2026-11-26\"}", "date"},
            new String[] {"outcomes/o-1/retraction", "{\"reason\": \"recorded by mistake\"}", "reason"});

    static List<Arguments> corpus() {
        List<Arguments> corpus = new ArrayList<>();
        for (String[] command : COMMANDS) {
            String path = command[0];
            String body = command[1];
            String field = command[2];
            corpus.add(Arguments.of(path, "malformed JSON", body.substring(0, body.length() / 2)));
            corpus.add(Arguments.of(path, "not an object", "[1, 2]"));
            corpus.add(Arguments.of(path, "unknown field", body.replaceFirst("\\{", "{\"colour\": \"blue\", ")));
            corpus.add(Arguments.of(
                    path,
                    "wrong type",
                    body.replaceFirst(
                            "\"" + field + "\": (\"[^\"]*\"|\\d+|\\[\\]|\\{[^}]*\\})", "\"" + field + "\": true")));
        }
        return corpus;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("corpus")
    void isA400ProblemAndStoresNothing(String path, String what, String body) {
        String familyId = new CaseworkFixtures().eligibleFamily();
        long before = events();
        given().auth()
                .oauth2(TestTokens.role("caseworker"))
                .contentType("application/json")
                .body(body)
                .post("/api/v1/families/" + familyId + "/case/" + path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertEquals(before, events(), path + ", " + what + " must store nothing");
    }

    private long events() {
        return jdbc.queryOne("SELECT count(*) FROM domain_event_entry", row -> row.getLong(1))
                .orElseThrow();
    }
}
