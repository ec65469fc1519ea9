package uk.earlyhelp.casework.config;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.axon.AxonRuntime;
import uk.earlyhelp.platform.messaging.KafkaEventPublisher;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;

/**
 * Docs/operations.md, "Health and metrics": a stopped event processor (here the Kafka publisher) shows in the
 * service's health, naming the processor, while readiness stays up; and it is healthy again once it runs.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class ProcessorHealthTest {

    static final String PUBLISHER =
            "checks.find { it.name == 'event processor " + KafkaEventPublisher.PROCESSING_GROUP + "' }";

    @Inject
    AxonRuntime axon;

    @Test
    void aStoppedPublisherMakesTheServiceUnhealthyByNameButStillReadyAndHealthyOnceItRunsAgain() {
        // The publisher's four segments, all claimed by this, the only instance.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/q/health/well")
                .then()
                .statusCode(200)
                .body(PUBLISHER + ".status", equalTo("UP"))
                .body(PUBLISHER + ".data.segments", equalTo(4))
                .body("checks.find { it.name == 'event processor family-history' }.data.running", equalTo(true)));
        var publisher = axon.processor(KafkaEventPublisher.PROCESSING_GROUP);
        publisher.shutDown();
        try {
            given().get("/q/health")
                    .then()
                    .statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body(PUBLISHER + ".status", equalTo("DOWN"))
                    .body(PUBLISHER + ".data.running", equalTo(false));
            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            publisher.start();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/q/health/well")
                .then()
                .statusCode(200)
                .body(PUBLISHER + ".status", equalTo("UP")));
        // Each Kafka channel has a check of its own, in the overall health but not in readiness: a service keeps
        // taking requests while the broker is away (FaultToleranceIT stops it).
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/q/health/well")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'kafka channel referrals' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'kafka channel eligibility' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'kafka channel referrals' }.data.partitions", greaterThan(0)));
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.findAll { it.name.contains('kafka') || it.name.contains('messaging') }", empty());
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("earlyhelp_processor_lag{processor=\"family-history\"}"));
    }
}
