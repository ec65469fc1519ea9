package uk.earlyhelp.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void everyIntegrationEventHasExactlyOneTypeOnAKnownTopic() {
        Set<Class<?>> permitted = records(IntegrationEvent.class);
        Set<Class<?>> typed =
                Arrays.stream(EventType.values()).map(EventType::eventClass).collect(Collectors.toSet());
        assertEquals(permitted, typed);
        assertEquals(EventType.values().length, typed.size());
        Arrays.stream(EventType.values()).forEach(type -> assertTrue(Topics.ALL.contains(type.topic()), type.name()));
    }

    /** The records at the leaves of a sealed hierarchy. */
    private static Set<Class<?>> records(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .flatMap(c -> c.isSealed() ? records(c).stream() : java.util.stream.Stream.of(c))
                .collect(Collectors.toSet());
    }

    @Test
    void familyEventsAreKeyedByTheirFamilyAndBatchesByTheirBatch() {
        var closed =
                new CaseClosedV1("f-1", "E10000018", java.time.LocalDate.of(2027, 5, 1), ClosureReason.OUTCOMES_MET);
        assertEquals("f-1", closed.partitionKey());
        var batch = new ClaimBatchSubmittedV1(
                "b-1", "E10000018", java.time.LocalDate.of(2027, 9, 30), 3, 240_000, Instant.EPOCH);
        assertEquals("b-1", batch.partitionKey());
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
                new FamilyErasedV1(
                        "f-1",
                        "E10000018",
                        FamilyErasedV1.ErasureTrigger.REQUEST,
                        LocalDate.of(2033, 1, 10),
                        Instant.parse("2033-01-10T09:00:00Z")),
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
        List<IntegrationEvent> casework = List.of(
                new FamilyAttachedV1(
                        "f-1",
                        "E10000018",
                        LocalDate.of(2026, 11, 25),
                        "worker-17",
                        List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.SCHOOL_ATTENDANCE),
                        "d-1",
                        Decision.ELIGIBLE),
                new AssessmentRecordedV1(
                        "f-1",
                        "E10000018",
                        "a-1",
                        LocalDate.of(2026, 12, 1),
                        java.util.Map.of(FamilyStarDomain.HOME_AND_MONEY, 3, FamilyStarDomain.PROGRESS_TO_WORK, 5)),
                new PlanAgreedV1(
                        "f-1",
                        "E10000018",
                        LocalDate.of(2026, 12, 2),
                        List.of(new PlanAgreedV1.Goal("g-1", HeadlineProblem.CRIME_ASB))),
                new PlanReviewedV1(
                        "f-1",
                        "E10000018",
                        LocalDate.of(2027, 1, 2),
                        List.of(new PlanReviewedV1.GoalProgress("g-1", "IN_PROGRESS"))),
                new OutcomeRecordedV1(
                        "f-1",
                        "E10000018",
                        "o-1",
                        HeadlineProblem.SCHOOL_ATTENDANCE,
                        LocalDate.of(2027, 1, 5),
                        LocalDate.of(2027, 7, 20),
                        LocalDate.of(2027, 7, 21)),
                new OutcomeRetractedV1(
                        "f-1",
                        "E10000018",
                        "o-1",
                        HeadlineProblem.SCHOOL_ATTENDANCE,
                        "Recorded against the wrong family",
                        LocalDate.of(2027, 7, 22)),
                new EmploymentStartedV1("f-1", "E10000018", "e-1", 0, Benefit.JSA, LocalDate.of(2027, 1, 4)),
                new EmploymentEndedV1("f-1", "E10000018", "e-1", LocalDate.of(2027, 3, 4)),
                new SteppedUpV1("f-1", "E10000018", LocalDate.of(2027, 3, 5)),
                new SteppedDownV1("f-1", "E10000018", LocalDate.of(2027, 4, 5)),
                new CaseClosedV1("f-1", "E10000018", LocalDate.of(2027, 9, 1), ClosureReason.OUTCOMES_MET),
                new CaseReopenedV1("f-1", "E10000018", LocalDate.of(2027, 10, 1)),
                new FamilyTriagedV1(
                        "t-1",
                        "f-1",
                        "E10000018",
                        TriageOutcome.ACCEPT_FOR_EARLY_HELP,
                        "MELTON",
                        null,
                        "duty-1",
                        Instant.parse("2026-11-23T11:00:00Z")),
                new FamiliesMergedV1("f-2", "f-1", "E10000018", Instant.parse("2026-11-25T10:00:00Z")),
                new SocialCareOutcomeRecordedV1(
                        "s-1",
                        "f-1",
                        "E10000018",
                        SocialCareOutcome.STEP_DOWN_TO_EARLY_HELP,
                        LocalDate.of(2026, 11, 24),
                        "duty-1",
                        Instant.parse("2026-11-24T15:00:00Z")),
                new FamilyClaimedV1(
                        "f-1", "E10000018", "b-1", ClaimRoute.CONTINUOUS_EMPLOYMENT, 80_000, LocalDate.of(2027, 10, 2)),
                new ClaimBatchSubmittedV1(
                        "b-1",
                        "E10000018",
                        LocalDate.of(2027, 9, 30),
                        1,
                        80_000,
                        Instant.parse("2027-10-02T09:00:00Z")));
        events = java.util.stream.Stream.concat(events.stream(), casework.stream())
                .toList();
        assertEquals(EventType.values().length, events.size(), "one example of every event type");
        for (IntegrationEvent event : events) {
            String text = json.writeValueAsString(event);
            assertEquals(event, json.readValue(text, EventType.of(event).eventClass()));
        }
    }
}
