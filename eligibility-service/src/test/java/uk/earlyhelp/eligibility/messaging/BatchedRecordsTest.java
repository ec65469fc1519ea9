package uk.earlyhelp.eligibility.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.CloudEventHeaders;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.contracts.IntegrationEvent;
import uk.earlyhelp.contracts.MemberRole;
import uk.earlyhelp.contracts.ReferralReceivedV1;
import uk.earlyhelp.contracts.Topics;
import uk.earlyhelp.eligibility.domain.RecordReferralEvidence;
import uk.earlyhelp.eligibility.domain.RuleBook;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.messaging.Inbox;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * A poll's records are handled in one transaction (docs/operations.md, "Running at scale"): all of it commits, or none
 * of it, and then each record is handled on its own. Fed to the inbox directly, as the Kafka connector hands it a
 * poll, so the test chooses where a batch fails.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class BatchedRecordsTest {

    @Inject
    Inbox inbox;

    @Inject
    CommandGateway commands;

    @Inject
    RuleBook rules;

    @Inject
    ObjectMapper json;

    @Inject
    Jdbc jdbc;

    private final Map<String, Integer> handled = new ConcurrentHashMap<>();

    @Test
    void aBatchFailingMidwayCommitsNothingAndItsRecordsAreThenHandledOneByOne() {
        String consumer = "batch-test-" + UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        String failing = UUID.randomUUID().toString();
        String last = UUID.randomUUID().toString();
        List<ConsumerRecord<String, String>> poll =
                List.of(referral(first, 0), referral(failing, 1), referral(last, 2));

        inbox.receiveBatch(consumer, poll, recordEvidence(Set.of(failing)));

        // The first record was handled in the batch, rolled back with it (its inbox row too, or it would not be
        // handled again), and handled once more on its own: its evidence is there once, not twice.
        assertEquals(2, handled.get(first));
        assertEquals(1, handled.get(last));
        assertTrue(storedEvents(last) > 0);
        assertEquals(storedEvents(last), storedEvents(first));
        decisionsOf(first, 1);
        decisionsOf(last, 1);
        // The failing one was tried on its own until it was parked; nothing of it was recorded.
        assertEquals(1 + 3, handled.get(failing));
        assertEquals(0, storedEvents(failing));
        assertEquals(1, parked(consumer, failing));
        assertEquals(3, inboxRows(consumer));
    }

    @Test
    void aBatchRedeliveredChangesNothingAndACeIdTwiceInOnePollIsHandledOnce() {
        String consumer = "batch-test-" + UUID.randomUUID();
        String family = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        ConsumerRecord<String, String> once = referral(family, 0);
        List<ConsumerRecord<String, String>> poll = List.of(once, copy(once, 1), referral(other, 2));

        inbox.receiveBatch(consumer, poll, recordEvidence(Set.of()));
        inbox.receiveBatch(consumer, poll, recordEvidence(Set.of()));

        assertEquals(1, handled.get(family));
        assertEquals(1, handled.get(other));
        assertEquals(storedEvents(other), storedEvents(family));
        decisionsOf(family, 1);
        decisionsOf(other, 1);
        assertEquals(2, inboxRows(consumer));
    }

    /** Records each referral's evidence, as the referrals consumer does; fails every time on the given families. */
    private Consumer<IntegrationEvent> recordEvidence(Set<String> failingFamilies) {
        return event -> {
            ReferralReceivedV1 referral = (ReferralReceivedV1) event;
            handled.merge(referral.familyId(), 1, Integer::sum);
            if (failingFamilies.contains(referral.familyId())) {
                throw new IllegalStateException("a handler bug on this family's referral");
            }
            commands.sendAndWait(new RecordReferralEvidence(
                    referral.familyId(),
                    referral.council(),
                    referral.referralId(),
                    Set.copyOf(referral.problems()),
                    false,
                    rules.inForceOn(LocalDate.now()),
                    Instant.now()));
        };
    }

    private ConsumerRecord<String, String> referral(String familyId, long offset) {
        ReferralReceivedV1 event = new ReferralReceivedV1(
                UUID.randomUUID().toString(),
                familyId,
                TestTokens.COUNCIL,
                "police",
                Instant.now(),
                List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH),
                List.of(new ReferralReceivedV1.Member(MemberRole.CHILD, 12)),
                false,
                false);
        try {
            ConsumerRecord<String, String> record =
                    new ConsumerRecord<>(Topics.REFERRALS, 0, offset, familyId, json.writeValueAsString(event));
            header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
            header(record, CloudEventHeaders.TYPE, EventType.REFERRAL_RECEIVED.ceType());
            header(record, CloudEventHeaders.COUNCIL, TestTokens.COUNCIL);
            return record;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConsumerRecord<String, String> copy(ConsumerRecord<String, String> record, long offset) {
        ConsumerRecord<String, String> copy =
                new ConsumerRecord<>(record.topic(), record.partition(), offset, record.key(), record.value());
        record.headers().forEach(copy.headers()::add);
        return copy;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The decisions read over the API (a projection, so a moment later). */
    private static void decisionsOf(String familyId, int count) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth()
                .oauth2(TestTokens.role("duty-officer"))
                .get("/api/v1/families/" + familyId + "/eligibility")
                .then()
                .statusCode(200)
                .body("history", hasSize(count)));
    }

    /** The family's events in the event store, written in the consumer's transaction. */
    private long storedEvents(String familyId) {
        return jdbc.queryOne(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                        row -> row.getLong(1),
                        familyId)
                .orElseThrow();
    }

    private long parked(String consumer, String familyId) {
        return jdbc.queryOne(
                        "SELECT count(*) FROM dead_letter_entry WHERE processing_group = ? AND sequence_identifier = ?",
                        row -> row.getLong(1),
                        Inbox.parkingGroup(consumer),
                        familyId)
                .orElseThrow();
    }

    private long inboxRows(String consumer) {
        return jdbc.queryOne("SELECT count(*) FROM inbox WHERE consumer = ?", row -> row.getLong(1), consumer)
                .orElseThrow();
    }
}
