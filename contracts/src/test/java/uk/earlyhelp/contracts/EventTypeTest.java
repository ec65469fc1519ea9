package uk.earlyhelp.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void everyIntegrationEventHasExactlyOneTypeOnAKnownTopic() {
        Set<Class<?>> permitted = Set.of(IntegrationEvent.class.getPermittedSubclasses());
        Set<Class<?>> typed =
                Arrays.stream(EventType.values()).map(EventType::eventClass).collect(Collectors.toSet());
        assertEquals(permitted, typed);
        assertEquals(EventType.values().length, typed.size());
        Arrays.stream(EventType.values()).forEach(type -> assertTrue(Topics.ALL.contains(type.topic()), type.name()));
    }

    @Test
    void ceTypesAreUniqueAndVersioned() {
        Set<String> ceTypes =
                Arrays.stream(EventType.values()).map(EventType::ceType).collect(Collectors.toSet());
        assertEquals(EventType.values().length, ceTypes.size());
        ceTypes.forEach(ceType -> assertTrue(ceType.endsWith(".v1"), ceType));
    }

    @Test
    void anUnknownCeTypeIsSkippedNotFailed() {
        assertTrue(EventType.ofCeType("uk.earlyhelp.something.new.v9").isEmpty());
    }

    @Test
    void eventsRoundTripThroughJson() throws Exception {
        List<IntegrationEvent> events = List.of(
                new ReferralReceivedV1(
                        "r-1",
                        "f-1",
                        "E10000018",
                        "police",
                        Instant.parse("2026-11-20T10:15:30Z"),
                        List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.SCHOOL_ATTENDANCE),
                        List.of(new ReferralReceivedV1.Member(MemberRole.CHILD, 13)),
                        false,
                        false),
                new ReferralWithdrawnV1("r-1", "f-1", "E10000018", Instant.parse("2026-11-21T09:00:00Z")),
                new EligibilityDecidedV1(
                        "d-1",
                        "f-1",
                        "E10000018",
                        Decision.ELIGIBLE,
                        List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.SCHOOL_ATTENDANCE),
                        0,
                        "2026-04",
                        "Two headline problems are evidenced.",
                        List.of("r-1"),
                        Instant.parse("2026-11-20T10:15:31Z")));
        for (IntegrationEvent event : events) {
            String text = json.writeValueAsString(event);
            assertEquals(event, json.readValue(text, EventType.of(event).eventClass()));
        }
    }
}
