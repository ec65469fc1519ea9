package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.function.Consumer;

/** Referral bodies for tests: the SPEC §11 example, edited per test. */
final class Referrals {

    static final ObjectMapper JSON = new ObjectMapper();

    private Referrals() {}

    static String body(Consumer<ObjectNode> edit) {
        try {
            ObjectNode referral = (ObjectNode) JSON.readTree(ReferralResourceTest.REFERRAL);
            edit.accept(referral);
            return JSON.writeValueAsString(referral);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String body() {
        return body(referral -> {});
    }

    /** The example household with its child's family name, date of birth and postcode changed. */
    static String childOf(String familyName, String dateOfBirth, String postcode) {
        return body(referral -> {
            ObjectNode child = (ObjectNode) referral.at("/household/members/1");
            child.put("familyName", familyName);
            child.put("dateOfBirth", dateOfBirth);
            ((ObjectNode) referral.at("/household/address")).put("postcode", postcode);
        });
    }

    static ValidatableResponse post(String token, String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/referrals")
                .then();
    }
}
