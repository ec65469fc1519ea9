package uk.earlyhelp.referral.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.Topics;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * Docs/operations.md, "Traces": a partner's request and the Kafka record its referral becomes are one trace, though
 * the record is sent later, from the event store, on another thread.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class TracingTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void theReferralsRecordCarriesOnTheTraceOfTheRequestThatMadeIt() {
        String referralId = given().auth()
                .oauth2(TestTokens.partner("police"))
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .contentType(ContentType.JSON)
                .body(Referrals.body())
                .post("/api/v1/referrals")
                .then()
                .statusCode(202)
                .extract()
                .path("referralId");

        var record =
                KafkaTestClient.awaitRecord(Topics.REFERRALS, r -> r.value().contains(referralId));
        String[] traceparent = KafkaTestClient.header(record, "traceparent")
                .orElseThrow(() -> new AssertionError("the record has no traceparent header"))
                .split("-");
        assertEquals(TRACE_ID, traceparent[1]);
        // A span of its own (the publishing), within the request's trace.
        assertNotEquals("00f067aa0ba902b7", traceparent[2]);
    }
}
