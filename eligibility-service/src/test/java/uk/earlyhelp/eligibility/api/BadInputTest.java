package uk.earlyhelp.eligibility.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * The bad-input corpus for eligibility: its few endpoints (a family's decision, parked records, the page sign-in)
 * answer a wrong role, an unknown family or record, an odd parameter or a malformed body with a 4xx problem+json,
 * never a 5xx.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aFamilysDecisionIsForFrontDoorCaseworkAndManagersOnly() {
        String path = "/api/v1/families/" + UUID.randomUUID() + "/eligibility";
        for (String role : List.of("partner", "finance-officer", "data-protection", "operator")) {
            given().auth()
                    .oauth2(TestTokens.token(role, TestTokens.COUNCIL, "police"))
                    .get(path)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
        }
        given().get(path).then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2("not-a-token").get(path).then().statusCode(401).contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.role("caseworker"))
                .get(path)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @ParameterizedTest(name = "family id {0}")
    @ValueSource(
            strings = {
                "%20",
                "..%2F..%2Fadmin",
                "%27%3B%20DROP%20TABLE%20eligibility_decision%3B--",
                "%E2%80%AE%F0%9F%98%80",
            })
    void anOddFamilyIdIsAProblemNotAnError(String familyId) {
        given().urlEncodingEnabled(false)
                .auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/families/" + familyId + "/eligibility")
                .then()
                .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .contentType(PROBLEM);
    }

    @Test
    void aNulCharacterInTheFamilyIdIsA400NamingIt() {
        given().urlEncodingEnabled(false)
                .auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/families/a%00b/eligibility")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("familyId"));
    }

    @Test
    void aVeryLongFamilyIdIsAProblemNotAnError() {
        given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/families/" + "f".repeat(4000) + "/eligibility")
                .then()
                .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)));
    }

    @Test
    void writesToTheReadOnlyDecisionAreRefused() {
        given().auth()
                .oauth2(TestTokens.role("caseworker"))
                .contentType("application/json")
                .body("{\"decision\": \"ELIGIBLE\"}")
                .post("/api/v1/families/" + UUID.randomUUID() + "/eligibility")
                .then()
                .statusCode(405)
                .contentType(PROBLEM);
    }

    @Test
    void parkedRecordsAreTheOperatorsAndTakeOnlySensibleParameters() {
        for (String role : List.of("partner", "duty-officer", "caseworker", "manager", "data-protection")) {
            String token = TestTokens.token(role, TestTokens.COUNCIL, "police");
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/admin/parked-events")
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
            given().auth()
                    .oauth2(token)
                    .post("/api/v1/admin/parked-events/" + UUID.randomUUID() + "/retry")
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
        }
        String operator = TestTokens.role("operator");
        for (String limit : List.of("0", "-1", "1001", "many", "99999999999")) {
            given().auth()
                    .oauth2(operator)
                    .queryParam("limit", limit)
                    .get("/api/v1/admin/parked-events")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
        }
        for (String id : List.of(UUID.randomUUID().toString(), "not-an-id", "x".repeat(300))) {
            given().auth()
                    .oauth2(operator)
                    .post("/api/v1/admin/parked-events/" + id + "/retry")
                    .then()
                    .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                    .contentType(PROBLEM);
        }
    }

    @Test
    void thisServiceHoldsNoPersonalDataSoItsEndpointsAreAbsent() {
        String familyId = UUID.randomUUID().toString();
        given().auth()
                .oauth2(TestTokens.role("operator"))
                .post("/api/v1/admin/family-keys/rotation")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.role("data-protection"))
                .get("/api/v1/families/" + familyId + "/access-log")
                .then()
                .statusCode(404);
    }

    @ParameterizedTest(name = "sign-in body {0}")
    @ValueSource(
            strings = {"{\"token\":", "[1]", "''", "{\"token\": 7}", "{\"token\": \"\"}", "{\"token\": \"x\", \"y\": 1}"
            })
    void aMalformedSignInIsAProblem(String body) {
        given().contentType("application/json")
                .body(body)
                .post("/session")
                .then()
                .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500)))
                .contentType(PROBLEM)
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }
}
