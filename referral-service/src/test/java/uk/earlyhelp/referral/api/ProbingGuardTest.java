package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * A partner that refers and withdraws again and again within a day could probe what other agencies know about any
 * child: past ten such withdrawals in a day its further ones are refused (429) and counted, other agencies carry
 * on (docs/operations.md, "Security and operations").
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class ProbingGuardTest {

    @Test
    void anAgencyWithdrawingReferralsAsSoonAsItMakesThemIsStoppedAfterTenADay() {
        String prober = TestTokens.partner("probe-" + UUID.randomUUID());
        for (int i = 0; i < 10; i++) {
            withdraw(prober, Referrals.referralId(prober, Referrals.body())).statusCode(200);
        }
        String eleventh = Referrals.referralId(prober, Referrals.body());
        withdraw(prober, eleventh)
                .statusCode(429)
                .contentType("application/problem+json")
                .body("detail", containsString("First Response"));
        Referrals.awaitVisible(eleventh);
        Referrals.read(prober, eleventh).body("status", equalTo("RECEIVED"));

        String other = TestTokens.partner("school-" + UUID.randomUUID());
        withdraw(other, Referrals.referralId(other, Referrals.body())).statusCode(200);

        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("earlyhelp_referrals_quick_withdrawals_refused_total"));
    }

    private static io.restassured.response.ValidatableResponse withdraw(String token, String referralId) {
        Referrals.awaitVisible(referralId);
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"made in error\"}")
                .post("/api/v1/referrals/" + referralId + "/withdrawal")
                .then();
    }
}
