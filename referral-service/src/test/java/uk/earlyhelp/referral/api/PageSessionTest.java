package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.security.SessionCookieAuthentication;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * The browser pages sign in once and keep the token in a cookie no script can read; that cookie opens the page and
 * stream routes and nothing else, so a forged cross-site request riding on it reaches no API.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class PageSessionTest {

    private static final String COOKIE = SessionCookieAuthentication.COOKIE;

    @Test
    void signingInSetsAnHttpOnlyStrictCookieThatLastsAsLongAsTheToken() {
        String token = TestTokens.role("duty-officer");
        String setCookie = given().contentType(ContentType.JSON)
                .body("{\"token\": \"" + token + "\"}")
                .post("/session")
                .then()
                .statusCode(204)
                .header(
                        "Set-Cookie",
                        allOf(
                                containsString(COOKIE + "=" + token),
                                containsString("HttpOnly"),
                                containsString("SameSite=Strict"),
                                containsString("Secure"),
                                containsString("Path=/"),
                                containsString("Max-Age=")))
                .extract()
                .header("Set-Cookie");
        // The token's own expiry (TestTokens: smallrye-jwt's default of five minutes) bounds the cookie's life.
        int maxAge = Integer.parseInt(setCookie.replaceAll(".*Max-Age=(\\d+).*", "$1"));
        org.junit.jupiter.api.Assertions.assertTrue(maxAge > 0 && maxAge <= 300, setCookie);
    }

    @Test
    void aPageLearnsItSignsInWithATokenHereAndThroughTheProviderInProduction() {
        // Tests run in the token mode, as local runs without --sign-in; production is oidc (ProductionSafeguards).
        given().get("/session").then().statusCode(200).body("signIn", equalTo("token"));
    }

    @Test
    void signingOutClearsTheCookie() {
        given().delete("/session")
                .then()
                .statusCode(204)
                .header("Set-Cookie", allOf(containsString(COOKIE + "=;"), containsString("Max-Age=0")));
    }

    @Test
    void aTokenTheServiceWouldRefuseIsRefusedAtSignIn() {
        String otherAudience = TestTokens.claims("duty-officer", TestTokens.COUNCIL, "someone")
                .audience("some-other-system")
                .sign();
        for (String token : new String[] {otherAudience, "not-a-token"}) {
            given().contentType(ContentType.JSON)
                    .body("{\"token\": \"" + token + "\"}")
                    .post("/session")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("Set-Cookie", org.hamcrest.Matchers.nullValue())
                    .body("errors[0].field", equalTo("token"))
                    .body("detail", containsString("sign in again"));
        }
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/session")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", containsString("token"));
        given().contentType(ContentType.JSON)
                .body("{\"token\": \"x\", \"remember\": true}")
                .post("/session")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("remember"));
        given().contentType(ContentType.TEXT)
                .body("token=x")
                .post("/session")
                .then()
                .statusCode(415)
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theDutyScreenRevealsNamesOnItsOwnRouteWithTheSessionCookie() {
        String referralId = Referrals.referralId(TestTokens.partner("police"), Referrals.body());
        Referrals.awaitVisible(referralId);
        String names = "/duty/referrals/" + referralId + "/names";
        given().cookie(COOKIE, TestTokens.role("duty-officer"))
                .get(names)
                .then()
                .statusCode(200)
                .body("names", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("Kerry ")))
                .body("personalDataErased", equalTo(false));
        given().auth().oauth2(TestTokens.role("duty-officer")).get(names).then().statusCode(401);
        given().cookie(COOKIE, TestTokens.partner("police")).get(names).then().statusCode(403);
    }

    @Test
    void theSessionCookieOpensNoApi() {
        String partner = TestTokens.partner("police");
        String referralId = Referrals.referralId(partner, Referrals.body());
        Referrals.awaitVisible(referralId);
        given().cookie(COOKIE, partner)
                .get("/api/v1/referrals/" + referralId)
                .then()
                .statusCode(401);
        given().cookie(COOKIE, partner)
                .contentType(ContentType.JSON)
                .body(Referrals.body())
                .post("/api/v1/referrals")
                .then()
                .statusCode(401)
                .body(not(containsString("referralId")));
        given().auth()
                .oauth2(partner)
                .get("/api/v1/referrals/" + referralId)
                .then()
                .statusCode(200);
    }
}
