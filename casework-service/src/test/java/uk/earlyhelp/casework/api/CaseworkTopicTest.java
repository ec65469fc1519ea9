package uk.earlyhelp.casework.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.earlyhelp.casework.api.CaseworkFixtures.attachment;
import static uk.earlyhelp.casework.api.CaseworkFixtures.employment;
import static uk.earlyhelp.casework.api.CaseworkFixtures.outcome;
import static uk.earlyhelp.casework.api.CaseworkFixtures.plan;
import static uk.earlyhelp.casework.api.CaseworkFixtures.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.CloudEventHeaders;
import uk.earlyhelp.contracts.EventType;
import uk.earlyhelp.contracts.Topics;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.KafkaTestClient;
import uk.earlyhelp.platform.testing.TestTokens;

/** What payment by results reads on earlyhelp.casework.v1: ids, codes and dates, never names or narrative. */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class CaseworkTopicTest {

    static final String EVIDENCE = "Kerry Smith attended every parents evening";
    static final String GOAL = "Jay Smith back at school full time";
    static final String PRACTITIONER = "worker-17";

    @Inject
    ObjectMapper json;

    @Test
    void outcomeAndEmploymentArePublishedWithWhatPaymentByResultsNeedsAndNoPersonalText() throws Exception {
        String familyId = new CaseworkFixtures().eligibleFamily();
        post(familyId, "attachment", attachment(PRACTITIONER)).statusCode(200);
        post(familyId, "plan", plan("2026-11-27", "SCHOOL_ATTENDANCE", GOAL)).statusCode(200);
        String outcomeId = post(
                        familyId, "outcomes", outcome("SCHOOL_ATTENDANCE", "2026-01-05", "2026-07-20", EVIDENCE))
                .statusCode(200)
                .extract()
                .path("id");
        String employmentId = post(familyId, "employment", employment(0, "JSA", "2026-10-05"))
                .statusCode(200)
                .extract()
                .path("id");

        JsonNode outcome = body(awaitType(familyId, EventType.OUTCOME_RECORDED));
        assertEquals(
                Set.of("familyId", "council", "outcomeId", "problem", "sustainedFrom", "sustainedTo", "recordedOn"),
                fields(outcome));
        assertEquals(familyId, outcome.get("familyId").asText());
        assertEquals(TestTokens.COUNCIL, outcome.get("council").asText());
        assertEquals(outcomeId, outcome.get("outcomeId").asText());
        assertEquals("SCHOOL_ATTENDANCE", outcome.get("problem").asText());
        assertEquals("2026-01-05", outcome.get("sustainedFrom").asText());
        assertEquals("2026-07-20", outcome.get("sustainedTo").asText());
        assertTrue(outcome.get("recordedOn").asText().matches("\\d{4}-\\d{2}-\\d{2}"));

        JsonNode employment = body(awaitType(familyId, EventType.EMPLOYMENT_STARTED));
        assertEquals(
                Set.of("familyId", "council", "employmentId", "memberIndex", "benefitBefore", "startedOn"),
                fields(employment));
        assertEquals(employmentId, employment.get("employmentId").asText());
        assertEquals(0, employment.get("memberIndex").asInt());
        assertEquals("JSA", employment.get("benefitBefore").asText());
        assertEquals("2026-10-05", employment.get("startedOn").asText());

        JsonNode attached = body(awaitType(familyId, EventType.FAMILY_ATTACHED));
        assertEquals(CaseworkFixtures.ATTACHED_ON, attached.get("attachedOn").asText());
        assertEquals(
                "[\"CRIME_ASB\",\"SCHOOL_ATTENDANCE\"]",
                attached.get("problemsAtAttachment").toString());

        for (ConsumerRecord<String, String> record : KafkaTestClient.readAll(Topics.CASEWORK)) {
            if (familyId.equals(record.key())) {
                assertFalse(record.value().contains(EVIDENCE), record.value());
                assertFalse(record.value().contains(GOAL), record.value());
                assertFalse(record.value().contains("Smith"), record.value());
                assertFalse(record.value().contains("test-caseworker"), record.value());
            }
        }
    }

    private ConsumerRecord<String, String> awaitType(String familyId, EventType type) {
        ConsumerRecord<String, String> record = KafkaTestClient.awaitRecord(
                Topics.CASEWORK,
                r -> familyId.equals(r.key())
                        && KafkaTestClient.header(r, CloudEventHeaders.TYPE)
                                .filter(type.ceType()::equals)
                                .isPresent());
        assertTrue(KafkaTestClient.header(record, CloudEventHeaders.ID).isPresent());
        assertEquals(
                TestTokens.COUNCIL,
                KafkaTestClient.header(record, CloudEventHeaders.COUNCIL).orElseThrow());
        return record;
    }

    private JsonNode body(ConsumerRecord<String, String> record) throws Exception {
        return json.readTree(record.value());
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
