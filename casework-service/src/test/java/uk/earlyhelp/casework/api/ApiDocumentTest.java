package uk.earlyhelp.casework.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.testing.ApiLint;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;

/** The API document this service serves, as a council's integrator finds it (ApiLint), and Swagger UI beside it. */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class ApiDocumentTest {

    @Test
    void theApiDocumentPassesRedoclysRecommendedRules() throws Exception {
        String document =
                given().get("/q/openapi").then().statusCode(200).extract().asString();
        ApiLint.assertNoErrors(Path.of("").toAbsolutePath().getParent(), "casework-service", document);
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
