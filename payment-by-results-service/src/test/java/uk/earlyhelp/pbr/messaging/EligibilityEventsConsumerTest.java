package uk.earlyhelp.pbr.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.pbr.domain.claimrecord.EligibilityNoted;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.MovedEvents;
import uk.earlyhelp.platform.testing.TestTokens;

@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class EligibilityEventsConsumerTest {

    @Inject
    EventStore eventStore;

    @Inject
    Jdbc jdbc;

    @Test
    void eachDecisionLandsOnTheFamilysClaimRecordOnceHoweverOftenItIsDelivered() throws Exception {
        String familyId = UUID.randomUUID().toString();
        var first = decision(familyId, Decision.NOT_ELIGIBLE, HeadlineProblem.HEALTH);
        var second = decision(familyId, Decision.ELIGIBLE, HeadlineProblem.HEALTH, HeadlineProblem.WORKLESSNESS);
        String firstCeId = UUID.randomUUID().toString();
        publish(first, firstCeId);
        publish(first, firstCeId);
        publish(second, UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(2, noted(familyId).size()));
        assertEquals(
                List.of(Decision.NOT_ELIGIBLE, Decision.ELIGIBLE),
                noted(familyId).stream().map(EligibilityNoted::decision).toList());
    }

    @Test
    void aDecisionStoredUnderItsOldEventNameIsStillKnownToTheClaimRecord() throws Exception {
        String familyId = UUID.randomUUID().toString();
        var first = decision(familyId, Decision.NOT_ELIGIBLE, HeadlineProblem.HEALTH);
        publish(first, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(1, noted(familyId).size()));
        assertEquals(1, MovedEvents.storeUnderOldNames(jdbc, "uk.earlyhelp.pbr.domain", familyId));

        // Under another ce_id the inbox lets the same decision through: only the claim record, sourced from the
        // old row, knows it already has it.
        publish(first, UUID.randomUUID().toString());
        publish(
                decision(familyId, Decision.ELIGIBLE, HeadlineProblem.HEALTH),
                UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(2, noted(familyId).size()));
        assertEquals(
                List.of(Decision.NOT_ELIGIBLE, Decision.ELIGIBLE),
                noted(familyId).stream().map(EligibilityNoted::decision).toList());
    }

    private List<EligibilityNoted> noted(String familyId) {
        return eventStore
                .readEvents(familyId)
                .asStream()
                .map(DomainEventMessage::getPayload)
                .map(EligibilityNoted.class::cast)
                .toList();
    }

    private static EligibilityDecidedV1 decision(String familyId, Decision decision, HeadlineProblem... problems) {
        return new EligibilityDecidedV1(
                UUID.randomUUID().toString(),
                familyId,
                TestTokens.COUNCIL,
                decision,
                List.of(problems),
                Math.max(0, 2 - problems.length),
                "two-of-six/2022-04",
                "Reason.",
                List.of(),
                Instant.now());
    }

    private void publish(EligibilityDecidedV1 event, String ceId) throws Exception {
        KafkaTestClient.publish(event, ceId);
    }
}
