package uk.earlyhelp.casework.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.security.SessionCookieAuthentication;
import uk.earlyhelp.platform.testing.BrowserScript;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.TestTokens;

/** The outcomes dashboard's page, served here and driven in Debian's Chromium (deploy/browser/insights.mjs). */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class InsightsPageTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void thePageShowsTheFiguresWithoutJavaScript() {
        KnownFamilies known = new KnownFamilies().build();
        String manager = TestTokens.token("manager", known.council, null);
        // KnownFamilies: A, B and C are measured; A progressed in every domain, B in one; C regressed.
        given().cookie(SessionCookieAuthentication.COOKIE, manager)
                .get("/insights")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<dd id=\"measuredFamilies\">3</dd>"))
                .body(containsString("<dd id=\"anyDomainProgress\">66.7% (2)</dd>"))
                .body(containsString("<option value=\"alice\"><option value=\"bob\">"))
                .body(containsString("<td>2</td><td>66.7</td>"))
                .body(containsString("id=\"matrix-LOWER-HIGHER\""))
                .body(containsString("href=\"/insights/outcomes.csv\""));
        given().cookie(SessionCookieAuthentication.COOKIE, manager)
                .get("/insights/outcomes.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("measuredFamilies,3"));
        given().cookie(SessionCookieAuthentication.COOKIE, manager)
                .queryParam("from", known.today.minusDays(450).toString())
                .queryParam("to", known.today.toString())
                .queryParam("practitioner", KnownFamilies.BOB)
                .get("/insights")
                .then()
                .statusCode(200)
                .body(containsString("<dd id=\"measuredFamilies\">1</dd>"))
                .body(containsString("value=\"bob\""))
                .body(containsString("&amp;practitioner=bob"));
        given().get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js")
                .then()
                .statusCode(200)
                .body(containsString("Released under the MIT License"));
    }

    @Test
    void aBadPeriodIsExplainedOnThePage() {
        String manager = TestTokens.token("manager", "E06000016", null);
        given().cookie(SessionCookieAuthentication.COOKIE, manager)
                .queryParam("from", "2026-02-01")
                .queryParam("to", "2026-01-01")
                .get("/insights")
                .then()
                .statusCode(400)
                .body(containsString("There is a problem"))
                .body(containsString("from (2026-02-01) is after to (2026-01-01)."))
                .body(containsString("id=\"filters\""));
        given().cookie(SessionCookieAuthentication.COOKIE, manager)
                .queryParam("to", "last tuesday")
                .get("/insights")
                .then()
                .statusCode(400)
                .body(containsString("to is not a date (YYYY-MM-DD): last tuesday"));
    }

    @Test
    void onlyManagersSeeTheFigures() {
        given().get("/insights")
                .then()
                .statusCode(401)
                .body(containsString("Sign in as a service manager."))
                .body(containsString("id=\"signin\""))
                .body(not(containsString("measuredFamilies")));
        for (String role : List.of("caseworker", "duty-officer", "finance-officer", "partner", "data-protection")) {
            given().cookie(SessionCookieAuthentication.COOKIE, TestTokens.token(role, "E06000016", "AGENCY-1"))
                    .get("/insights")
                    .then()
                    .statusCode(403)
                    .body(containsString("This page is for service managers"))
                    .body(not(containsString("measuredFamilies")));
        }
    }

    @Test
    void thePageTakesOnlyTheSessionCookieAndTheApiOnlyTheBearerHeader() {
        String manager = TestTokens.role("manager");
        given().auth().oauth2(manager).get("/insights").then().statusCode(401);
        given().auth().oauth2(manager).get("/insights/outcomes.csv").then().statusCode(401);
        given().cookie(SessionCookieAuthentication.COOKIE, manager)
                .get("/api/v1/insights/outcomes")
                .then()
                .statusCode(401);
        given().auth().oauth2(manager).get("/api/v1/insights/outcomes").then().statusCode(200);
    }

    @Test
    void aManagerChangesThePeriodAndSeesTheFiguresChange() throws Exception {
        BrowserScript insights = BrowserScript.of(Path.of("").toAbsolutePath().getParent(), "insights.mjs");
        KnownFamilies known = new KnownFamilies().build();
        // KnownFamilies: three measured in all; of those attached in the last 450 days only C.
        insights.with("BASE_URL", base.toString().replaceAll("/$", ""))
                .with("MANAGER_TOKEN", TestTokens.token("manager", known.council, null))
                .with("FROM", known.today.minusDays(450).toString())
                .with("TO", known.today.toString())
                .with("MEASURED_ALL", "3")
                .with("MEASURED_PERIOD", "1")
                .runSaving(Path.of("target", "insights.png").toAbsolutePath());
    }
}
