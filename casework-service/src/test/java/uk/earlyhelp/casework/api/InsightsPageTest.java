package uk.earlyhelp.casework.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
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
        given().cookie("earlyhelp_token", manager)
                .get("/insights")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<dd id=\"measuredFamilies\">3</dd>"))
                .body(containsString("<dd id=\"anyDomainProgress\">66.7% (2)</dd>"))
                .body(containsString("<option value=\"alice\"><option value=\"bob\">"))
                .body(containsString("<td>2</td><td>66.7</td>"))
                .body(containsString("id=\"matrix-LOWER-HIGHER\""))
                .body(containsString("href=\"/api/v1/insights/outcomes?format=csv\""));
        given().cookie("earlyhelp_token", manager)
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
        given().cookie("earlyhelp_token", manager)
                .queryParam("from", "2026-02-01")
                .queryParam("to", "2026-01-01")
                .get("/insights")
                .then()
                .statusCode(400)
                .body(containsString("There is a problem"))
                .body(containsString("from (2026-02-01) is after to (2026-01-01)."))
                .body(containsString("id=\"filters\""));
        given().cookie("earlyhelp_token", manager)
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
            given().cookie("earlyhelp_token", TestTokens.token(role, "E06000016", "AGENCY-1"))
                    .get("/insights")
                    .then()
                    .statusCode(403)
                    .body(containsString("This page is for service managers"))
                    .body(not(containsString("measuredFamilies")));
        }
    }

    @Test
    void aManagerChangesThePeriodAndSeesTheFiguresChange() throws Exception {
        Path browser = Path.of("").toAbsolutePath().getParent().resolve("deploy/browser");
        boolean ready = Files.isDirectory(browser.resolve("node_modules/playwright-core"))
                && Files.isExecutable(Path.of("/usr/bin/chromium"));
        if (!"required".equals(System.getenv("EARLYHELP_BROWSER_TESTS"))) {
            Assumptions.assumeTrue(
                    ready,
                    "The browser test needs Debian's chromium and 'npm ci --prefix deploy/browser'; .ci/run installs"
                            + " both and sets EARLYHELP_BROWSER_TESTS=required so it cannot be skipped there");
        }
        KnownFamilies known = new KnownFamilies().build();
        Path target = Path.of("target").toAbsolutePath();
        Path screenshot = target.resolve("insights.png");
        Path log = target.resolve("insights.log");
        Files.deleteIfExists(screenshot);
        ProcessBuilder node = new ProcessBuilder("node", "insights.mjs")
                .directory(browser.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        String baseUrl = base.toString().replaceAll("/$", "");
        node.environment().put("BASE_URL", baseUrl);
        node.environment().put("MANAGER_TOKEN", TestTokens.token("manager", known.council, null));
        // KnownFamilies: three measured in all; of those attached in the last 450 days only C.
        node.environment().put("FROM", known.today.minusDays(450).toString());
        node.environment().put("TO", known.today.toString());
        node.environment().put("MEASURED_ALL", "3");
        node.environment().put("MEASURED_PERIOD", "1");
        node.environment().put("SCREENSHOT", screenshot.toString());
        Process run = node.start();
        boolean finished = run.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }
        assertTrue(finished && run.exitValue() == 0, "insights page test failed:\n" + Files.readString(log));
        assertTrue(Files.size(screenshot) > 0, "a screenshot of the insights page");
    }
}
