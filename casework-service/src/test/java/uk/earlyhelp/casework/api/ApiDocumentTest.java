package uk.earlyhelp.casework.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.earlyhelp.platform.testing.ApiDocumentChecks;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;

/** This service's API document and Swagger UI (ApiDocumentChecks). */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class ApiDocumentTest extends ApiDocumentChecks {}
