package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.security.SessionCookieAuthentication;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.ServiceMetrics;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * A bearer token that passed its checks is remembered for a while (platform's {@code VerifiedTokens},
 * docs/operations.md, "Tokens"), and nothing it should refuse gets through that way: a token is remembered only until
 * it expires, a token differing in any part is checked in full, and the roles it carries still decide.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class VerifiedTokensTest {

    @Test
    void aTokenUsedAgainIsTakenFromMemoryAndRefusedOnceItExpires() {
        Instant signed = Instant.now();
        String token = shortLived();
        double hitsBefore = remembered("hit");

        triageQueue(token).then().statusCode(200);
        triageQueue(token).then().statusCode(200);
        assertTrue(remembered("hit") > hitsBefore, "the second request was answered from what the first checked");

        awaitExpiry(signed);
        triageQueue(token).then().statusCode(401).contentType("application/problem+json");
    }

    /** A page's session cookie holds the same token, checked (and remembered) the same way. */
    @Test
    void aPagesSessionTokenIsRememberedTooAndRefusedOnceItExpires() {
        Instant signed = Instant.now();
        String token = shortLived();
        String names = "/duty/referrals/" + UUID.randomUUID() + "/names";
        double hitsBefore = remembered("hit");

        given().cookie(SessionCookieAuthentication.COOKIE, token)
                .get(names)
                .then()
                .statusCode(404);
        given().cookie(SessionCookieAuthentication.COOKIE, token)
                .get(names)
                .then()
                .statusCode(404);
        assertTrue(remembered("hit") > hitsBefore, "the second page request was answered from what the first checked");

        awaitExpiry(signed);
        given().cookie(SessionCookieAuthentication.COOKIE, token)
                .get(names)
                .then()
                .statusCode(401);
    }

    @Test
    void aTokenDifferingInItsSignatureOrItsClaimsIsCheckedInFull() {
        String token = TestTokens.role("duty-officer");
        triageQueue(token).then().statusCode(200);
        triageQueue(token).then().statusCode(200);

        String[] parts = token.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + flipped(parts[2]);
        String otherClaims = parts[0] + "."
                + TestTokens.claims("data-protection-officer", TestTokens.COUNCIL, "test-duty-officer")
                        .sign()
                        .split("\\.")[1]
                + "." + parts[2];
        for (String forged : new String[] {otherSignature, otherClaims}) {
            triageQueue(forged).then().statusCode(401);
        }
    }

    @Test
    void aRememberedTokensRolesStillDecide() {
        String token = TestTokens.role("duty-officer");
        triageQueue(token).then().statusCode(200);
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Referrals.body())
                .post("/api/v1/referrals")
                .then()
                .statusCode(403);
    }

    private static final int LIFETIME_SECONDS = 4;

    /** A duty officer's token that expires {@link #LIFETIME_SECONDS} after it is signed. */
    private static String shortLived() {
        return TestTokens.claims("duty-officer", TestTokens.COUNCIL, "test-duty-officer")
                .expiresIn(LIFETIME_SECONDS)
                .sign();
    }

    /** Waits until a token {@link #shortLived} signed at {@code signed} has expired, with a second to spare. */
    private static void awaitExpiry(Instant signed) {
        Instant expired = signed.plusSeconds(LIFETIME_SECONDS + 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().isAfter(expired));
    }

    private static Response triageQueue(String token) {
        return given().auth().oauth2(token).get("/api/v1/triage");
    }

    /** A signature with its first character changed: still base64url, no longer the key's. */
    private static String flipped(String signature) {
        char first = signature.charAt(0);
        return (first == 'A' ? 'B' : 'A') + signature.substring(1);
    }

    /** Lookups in the remembered tokens so far, {@code hit} or {@code miss}. */
    private static double remembered(String result) {
        return ServiceMetrics.sum("cache_gets_total", "cache=\"verified-tokens\"", "result=\"" + result + "\"");
    }
}
