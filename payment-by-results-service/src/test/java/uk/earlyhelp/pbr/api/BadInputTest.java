package uk.earlyhelp.pbr.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * The bad-input corpus for payment by results: malformed, wrong-type, unknown-field, out-of-range and wrong-role
 * requests to every endpoint are a 4xx problem+json, never a 5xx, and store nothing.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class BadInputTest {

    @Inject
    Jdbc jdbc;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "malformed JSON          | {\"windowEnd\":               | 400",
                "not an object           | [1, 2]                        | 400",
                "empty body              | ''                            | 400",
                "unknown field           | {\"windowEnd\": \"2026-01-31\", \"x\": 1} | 400",
                "wrong type              | {\"windowEnd\": true}          | 400",
                "not a date              | {\"windowEnd\": \"soon\"}      | 400",
                "missing window end      | {}                            | 400",
                "before 1900             | {\"windowEnd\": \"1899-12-31\"} | 400",
                "in the future           | {\"windowEnd\": \"2999-01-01\"} | 400",
            })
    void aBadBatchRequestIsAProblemAndStoresNothing(String name, String body, int status) {
        long before = events();
        given().auth()
                .oauth2(TestTokens.role("finance-officer"))
                .contentType("application/json")
                .body(body)
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(status)
                .contentType("application/problem+json");
        assertEquals(before, events(), name + " must store nothing");
    }

    @Test
    void everyEndpointRefusesOtherRolesUnknownBatchesAndOddParametersWithAProblem() {
        String unknown = "/api/v1/claim-batches/" + UUID.randomUUID();
        for (String role : List.of("partner", "duty-officer", "caseworker", "manager", "data-protection", "operator")) {
            String token = TestTokens.token(role, TestTokens.COUNCIL, "police");
            given().auth()
                    .oauth2(token)
                    .contentType("application/json")
                    .body("{\"windowEnd\": \"2026-01-31\"}")
                    .post("/api/v1/claim-batches")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).get("/api/v1/progress").then().statusCode(403);
            given().auth().oauth2(token).get(unknown).then().statusCode(403);
        }
        given().get("/api/v1/progress").then().statusCode(401).contentType("application/problem+json");
        String finance = TestTokens.role("finance-officer");
        for (String path : List.of("", "/rebuild", "/approval", "/submission", "/discard")) {
            var request = given().auth().oauth2(finance);
            var response = path.isEmpty() ? request.get(unknown) : request.post(unknown + path);
            response.then()
                    .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(finance)
                .get(unknown + "/export?format=xml")
                .then()
                .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .contentType("application/problem+json");
        given().auth()
                .oauth2(finance)
                .contentType("text/plain")
                .body("hello")
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "malformed JSON      | {\"familyId\":                                    | 400",
                "not an object       | [1]                                                 | 400",
                "unknown field       | {\"familyId\": \"f\", \"result\": \"PASS\", \"x\": 1} | 400",
                "unknown result      | {\"familyId\": \"f\", \"result\": \"MAYBE\"}       | 400",
                "wrong type          | {\"familyId\": 7, \"result\": \"PASS\"}           | 400",
                "missing result      | {\"familyId\": \"f\"}                               | 400",
                "missing family      | {\"result\": \"PASS\"}                              | 400",
                "note too long       | {\"familyId\": \"f\", \"result\": \"FAIL\", \"note\": \"%s\"} | 400",
                "family not sampled  | {\"familyId\": \"not-in-this-batch\", \"result\": \"PASS\"} | 422",
            })
    void aBadAuditResultIsAProblemAndChangesNothing(String name, String body, int status) {
        String batchId = given().auth()
                .oauth2(TestTokens.role("finance-officer"))
                .contentType("application/json")
                .body("{\"windowEnd\": \"2026-01-31\"}")
                .post("/api/v1/claim-batches")
                .then()
                .statusCode(201)
                .extract()
                .path("batchId");
        long before = events();
        given().auth()
                .oauth2(TestTokens.role("finance-officer"))
                .contentType("application/json")
                .body(body.replace("%s", "n".repeat(2001)))
                .post("/api/v1/claim-batches/" + batchId + "/audit-results")
                .then()
                .statusCode(status)
                .contentType("application/problem+json");
        assertEquals(before, events(), name + " must store nothing");
        for (String role : List.of("partner", "caseworker", "manager", "operator")) {
            given().auth()
                    .oauth2(TestTokens.token(role, TestTokens.COUNCIL, "police"))
                    .contentType("application/json")
                    .body("{\"familyId\": \"f\", \"result\": \"PASS\"}")
                    .post("/api/v1/claim-batches/" + batchId + "/audit-results")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        // Another council's finance officer neither audits nor discards this council's batch.
        String elsewhere = TestTokens.token("finance-officer", TestTokens.OTHER_COUNCIL, null);
        given().auth()
                .oauth2(elsewhere)
                .contentType("application/json")
                .body("{\"familyId\": \"f\", \"result\": \"PASS\"}")
                .post("/api/v1/claim-batches/" + batchId + "/audit-results")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(elsewhere)
                .post("/api/v1/claim-batches/" + batchId + "/discard")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        assertEquals(before, events(), "nobody else changed anything");
    }

    private long events() {
        return jdbc.queryOne("SELECT count(*) FROM domain_event_entry", row -> row.getLong(1))
                .orElseThrow();
    }
}
