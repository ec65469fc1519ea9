package uk.earlyhelp.platform.testing;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The API document a service serves, as a council's integrator finds it ({@link ApiLint}), and Swagger UI beside it.
 * Each service's {@code ApiDocumentTest} is this, run as a {@code @QuarkusTest} of that service.
 */
public abstract class ApiDocumentChecks {

    @Test
    void theApiDocumentPassesRedoclysRecommendedRules() throws Exception {
        String document =
                given().get("/q/openapi").then().statusCode(200).extract().asString();
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        ApiLint.assertNoErrors(Path.of("").toAbsolutePath().getParent(), service, document);
    }

    @Test
    void everyOperationHasAnOperationId() throws Exception {
        ApiLint.assertEveryOperationHasAnId(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui").then().statusCode(200);
    }
}
