package uk.earlyhelp.pbr.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.Benefit;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.contracts.EmploymentStartedV1;
import uk.earlyhelp.contracts.FamilyAttachedV1;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.pbr.projection.FamilyRecords;
import uk.earlyhelp.platform.security.SessionCookieAuthentication;
import uk.earlyhelp.platform.testing.BrowserScript;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;

/** The finance officers' /claims page, served here and driven in Debian's Chromium (deploy/browser/claims.mjs). */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class ClaimsPageTest {

    static final String WINDOW_END = "2025-09-30";

    @TestHTTPResource("/")
    URL base;

    @Inject
    FamilyRecords families;

    @Test
    void signedOutOrInAnotherRoleThePageSaysSo() {
        given().get("/claims")
                .then()
                .statusCode(401)
                .body(containsString("Sign in as a finance officer."))
                .body(containsString("id=\"signin\""));
        for (String role : List.of("caseworker", "manager", "partner", "operator")) {
            given().cookie(SessionCookieAuthentication.COOKIE, TestTokens.role(role))
                    .get("/claims")
                    .then()
                    .statusCode(403)
                    .body(containsString("This page is for finance officers"))
                    .body(not(containsString("id=\"build\"")));
        }
        // The page takes the session cookie only, never a bearer token.
        given().auth()
                .oauth2(TestTokens.role("finance-officer"))
                .get("/claims")
                .then()
                .statusCode(401);
    }

    @Test
    void aBadWindowEndOrAnotherCouncilsBatchIsExplainedOnThePage() {
        String council = newCouncil();
        String officer = TestTokens.token("finance-officer", council, null);
        given().cookie(SessionCookieAuthentication.COOKIE, officer)
                .formParam("windowEnd", "last tuesday")
                .post("/claims")
                .then()
                .statusCode(400)
                .body(containsString("There is a problem"))
                .body(containsString("not a date"));
        given().cookie(SessionCookieAuthentication.COOKIE, officer)
                .formParam("windowEnd", "2999-01-01")
                .post("/claims")
                .then()
                .statusCode(422)
                .body(containsString("cannot end after today"));
        given().cookie(SessionCookieAuthentication.COOKIE, officer)
                .get("/claims/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body(containsString("No claim batch"));
        String elsewhere = given().cookie(SessionCookieAuthentication.COOKIE, TestTokens.role("finance-officer"))
                .formParam("windowEnd", WINDOW_END)
                .redirects()
                .follow(false)
                .post("/claims")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        given().cookie(SessionCookieAuthentication.COOKIE, officer)
                .get(elsewhere)
                .then()
                .statusCode(403)
                .body(containsString("another council"));
    }

    @Test
    void aFinanceOfficerBuildsChecksAndAnotherApprovesAndSubmitsInTheBrowser() throws Exception {
        BrowserScript claims = BrowserScript.of(Path.of("").toAbsolutePath().getParent(), "claims.mjs");
        String council = newCouncil();
        List<String> claimable = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String familyId = (char) ('a' + i) + "-" + UUID.randomUUID();
            String decisionId = UUID.randomUUID().toString();
            List<HeadlineProblem> problems = List.of(HeadlineProblem.WORKLESSNESS, HeadlineProblem.HEALTH);
            KafkaTestClient.publish(
                    new EligibilityDecidedV1(
                            decisionId,
                            familyId,
                            council,
                            Decision.ELIGIBLE,
                            problems,
                            0,
                            "sf-2022-04",
                            "Reason.",
                            List.of(),
                            Instant.parse("2025-01-02T10:00:00Z")),
                    UUID.randomUUID().toString());
            KafkaTestClient.publish(
                    new FamilyAttachedV1(
                            familyId,
                            council,
                            LocalDate.of(2025, 1, 6),
                            "worker-17",
                            problems,
                            decisionId,
                            Decision.ELIGIBLE),
                    UUID.randomUUID().toString());
            KafkaTestClient.publish(
                    new EmploymentStartedV1(
                            familyId, council, "job-" + familyId, 0, Benefit.ESA, LocalDate.of(2025, 2, 3)),
                    UUID.randomUUID().toString());
            claimable.add(familyId);
        }
        claimable.forEach(familyId -> await().atMost(Duration.ofSeconds(30)).until(() -> families.facts(familyId)
                .filter(facts -> facts.employment().size() == 1)
                .isPresent()));
        claims.with("BASE_URL", base.toString().replaceAll("/$", ""))
                .with("DRAFTER_TOKEN", TestTokens.token("finance-officer", council, null))
                .with(
                        "APPROVER_TOKEN",
                        TestTokens.claims("finance-officer", council, "second-finance-officer")
                                .sign())
                .with("WINDOW_END", WINDOW_END)
                .with("FAMILIES", String.valueOf(claimable.size()))
                .runSaving(Path.of("target", "claims.png").toAbsolutePath());
    }

    private static String newCouncil() {
        return "T" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }
}
