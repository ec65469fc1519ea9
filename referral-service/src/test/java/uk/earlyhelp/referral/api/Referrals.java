package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.function.Consumer;
import uk.earlyhelp.platform.testing.TestTokens;

/** Referral bodies for tests: the example in docs/api.md, edited per test. */
public final class Referrals {

    static final ObjectMapper JSON = new ObjectMapper();

    private Referrals() {}

    public static String body(Consumer<ObjectNode> edit) {
        try {
            ObjectNode referral = (ObjectNode) JSON.readTree(ReferralResourceTest.REFERRAL);
            edit.accept(referral);
            return JSON.writeValueAsString(referral);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body() {
        return body(referral -> {});
    }

    /** The example household with its child's family name, date of birth and postcode changed. */
    public static String childOf(String familyName, String dateOfBirth, String postcode) {
        return body(referral -> {
            ObjectNode child = (ObjectNode) referral.at("/household/members/1");
            child.put("familyName", familyName);
            child.put("dateOfBirth", dateOfBirth);
            ((ObjectNode) referral.at("/household/address")).put("postcode", postcode);
        });
    }

    public static ValidatableResponse post(String token, String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then();
    }

    /** Posts a referral that must be accepted (202); answers the new referral's id. */
    public static String referralId(String token, String body) {
        return post(token, body).statusCode(202).extract().path("referralId");
    }

    /** Posts a referral that must be accepted (202); answers the family it joined. */
    public static String familyId(String token, String body) {
        return post(token, body).statusCode(202).extract().path("familyId");
    }

    /** Waits until a duty officer can read the referral: the read model lags the 202 a little. */
    public static void awaitVisible(String referralId) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> read(TestTokens.role("duty-officer"), referralId)
                .statusCode(200));
    }

    /** Reads one referral with the token's rights. */
    public static ValidatableResponse read(String token, String referralId) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/referrals/" + referralId)
                .then();
    }
}
