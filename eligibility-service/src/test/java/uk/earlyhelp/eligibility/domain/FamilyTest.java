package uk.earlyhelp.eligibility.domain;

import static uk.earlyhelp.contracts.HeadlineProblem.CRIME_ASB;
import static uk.earlyhelp.contracts.HeadlineProblem.SCHOOL_ATTENDANCE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

class FamilyTest {

    static final String FAMILY = "family-1";
    static final String COUNCIL = "E10000018";
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final RuleVersion RULE = RuleVersion.twoOfSix("sf-2022-04", LocalDate.of(2022, 4, 1));

    private AggregateTestFixture<Family> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Family.class);
    }

    @Test
    void referralsFromTwoAgenciesCombineIntoOneEligibleDecision() {
        fixture.given(new ReferralEvidenceRecorded(FAMILY, COUNCIL, "police-referral", Set.of(CRIME_ASB), false))
                .when(new RecordReferralEvidence(
                        FAMILY, COUNCIL, "school-referral", Set.of(SCHOOL_ATTENDANCE), false, RULE, NOW))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.matches(e -> e instanceof ReferralEvidenceRecorded),
                        Matchers.matches(e -> e instanceof EligibilityDecided d
                                && d.decision() == Decision.ELIGIBLE
                                && d.problemsCounted().equals(Set.of(CRIME_ASB, SCHOOL_ATTENDANCE))
                                && d.evidencingReferralIds().equals(List.of("police-referral", "school-referral"))
                                && d.triggeredByReferralId().equals("school-referral")
                                && d.ruleVersion().equals("sf-2022-04")),
                        Matchers.andNoMore())));
    }

    @Test
    void theSameProblemFromTwoAgenciesCountsOnce() {
        fixture.given(new ReferralEvidenceRecorded(FAMILY, COUNCIL, "police-referral", Set.of(CRIME_ASB), false))
                .when(new RecordReferralEvidence(
                        FAMILY, COUNCIL, "housing-referral", Set.of(CRIME_ASB), false, RULE, NOW))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.matches(e -> e instanceof ReferralEvidenceRecorded),
                        Matchers.matches(e -> e instanceof EligibilityDecided d
                                && d.decision() == Decision.NOT_ELIGIBLE
                                && d.problemsStillNeeded() == 1),
                        Matchers.andNoMore())));
    }

    @Test
    void aWithdrawalThatDropsTheFamilyBelowTwoProblemsIsANewNotEligibleDecision() {
        fixture.given(
                        new ReferralEvidenceRecorded(FAMILY, COUNCIL, "police-referral", Set.of(CRIME_ASB), false),
                        new ReferralEvidenceRecorded(
                                FAMILY, COUNCIL, "school-referral", Set.of(SCHOOL_ATTENDANCE), false))
                .when(new WithdrawReferralEvidence(FAMILY, "school-referral", RULE, NOW))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.matches(e -> e.equals(new ReferralEvidenceWithdrawn(FAMILY, "school-referral"))),
                        Matchers.matches(e -> e instanceof EligibilityDecided d
                                && d.decision() == Decision.NOT_ELIGIBLE
                                && d.evidencingReferralIds().equals(List.of("police-referral"))),
                        Matchers.andNoMore())));
    }

    @Test
    void aReferralAlreadyCountedIsNotCountedOrDecidedAgain() {
        fixture.given(new ReferralEvidenceRecorded(FAMILY, COUNCIL, "police-referral", Set.of(CRIME_ASB), false))
                .when(new RecordReferralEvidence(
                        FAMILY, COUNCIL, "police-referral", Set.of(CRIME_ASB), false, RULE, NOW))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnReferralDeliveredAgainStaysWithdrawn() {
        fixture.given(
                        new ReferralEvidenceRecorded(FAMILY, COUNCIL, "police-referral", Set.of(CRIME_ASB), false),
                        new ReferralEvidenceWithdrawn(FAMILY, "police-referral"))
                .when(new RecordReferralEvidence(
                        FAMILY, COUNCIL, "police-referral", Set.of(CRIME_ASB), false, RULE, NOW))
                .expectNoEvents();
    }

    @Test
    void aSafeguardingConcernEscalatesAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new RecordReferralEvidence(FAMILY, COUNCIL, "health-referral", Set.of(), true, RULE, NOW))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.matches(e -> e instanceof ReferralEvidenceRecorded),
                        Matchers.matches(e ->
                                e instanceof EligibilityDecided d && d.decision() == Decision.ESCALATE_TO_SOCIAL_CARE),
                        Matchers.andNoMore())));
    }

    @Test
    void aDecisionKeepsTheVersionItWasMadeUnder() {
        var localPlan =
                new RuleVersion("local-2027-04", LocalDate.of(2027, 4, 1), 3, EnumSet.allOf(HeadlineProblem.class));
        fixture.given(new ReferralEvidenceRecorded(FAMILY, COUNCIL, "police-referral", Set.of(CRIME_ASB), false))
                .when(new RecordReferralEvidence(
                        FAMILY, COUNCIL, "school-referral", Set.of(SCHOOL_ATTENDANCE), false, localPlan, NOW))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.matches(e -> e instanceof ReferralEvidenceRecorded),
                        Matchers.matches(e -> e instanceof EligibilityDecided d
                                && d.decision() == Decision.NOT_ELIGIBLE
                                && d.problemsStillNeeded() == 1
                                && d.ruleVersion().equals("local-2027-04")),
                        Matchers.andNoMore())));
    }

    // Social care's answer to an escalation (docs/domain.md, "Front door")

    static ReferralEvidenceRecorded concern(String referralId, HeadlineProblem... problems) {
        return new ReferralEvidenceRecorded(FAMILY, COUNCIL, referralId, Set.of(problems), true);
    }

    static ReferralEvidenceRecorded evidence(String referralId, HeadlineProblem... problems) {
        return new ReferralEvidenceRecorded(FAMILY, COUNCIL, referralId, Set.of(problems), false);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} with {1} problem(s): {2}")
    @org.junit.jupiter.params.provider.CsvSource({
        "STEP_DOWN_TO_EARLY_HELP, 2, ELIGIBLE",
        "STEP_DOWN_TO_EARLY_HELP, 1, NOT_ELIGIBLE",
        "NO_FURTHER_ACTION,       2, ELIGIBLE",
        "OPEN_TO_SOCIAL_CARE,     2, (no new decision: still escalated)",
    })
    void aStepDownDecidesTheFamilyOnItsProblemsAlone(
            uk.earlyhelp.contracts.SocialCareOutcome outcome, int problems, String expected) {
        var given = problems == 2
                ? fixture.given(concern("police-referral", CRIME_ASB), evidence("school-referral", SCHOOL_ATTENDANCE))
                : fixture.given(concern("police-referral", CRIME_ASB));
        var result = given.when(new AnswerEscalation(FAMILY, "answer-1", outcome, RULE, NOW));
        if (expected.startsWith("(")) {
            result.expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                    Matchers.matches(e -> e.equals(new EscalationAnswered(FAMILY, "answer-1", outcome, Set.of()))),
                    Matchers.andNoMore())));
        } else {
            result.expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                    Matchers.matches(e ->
                            e.equals(new EscalationAnswered(FAMILY, "answer-1", outcome, Set.of("police-referral")))),
                    Matchers.matches(
                            e -> e instanceof EligibilityDecided d && d.decision() == Decision.valueOf(expected)),
                    Matchers.andNoMore())));
        }
    }

    @Test
    void aNewConcernAfterAStepDownEscalatesAgain() {
        fixture.given(
                        concern("police-referral", CRIME_ASB),
                        evidence("school-referral", SCHOOL_ATTENDANCE),
                        new EscalationAnswered(
                                FAMILY,
                                "answer-1",
                                uk.earlyhelp.contracts.SocialCareOutcome.STEP_DOWN_TO_EARLY_HELP,
                                Set.of("police-referral")))
                .when(new RecordReferralEvidence(
                        FAMILY, COUNCIL, "health-referral", Set.of(HeadlineProblem.HEALTH), true, RULE, NOW))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.matches(e -> e instanceof ReferralEvidenceRecorded),
                        Matchers.matches(e ->
                                e instanceof EligibilityDecided d && d.decision() == Decision.ESCALATE_TO_SOCIAL_CARE),
                        Matchers.andNoMore())));
    }

    @Test
    void aSteppedDownFamilyStaysDecidedOnItsProblemsWhenMoreEvidenceArrives() {
        fixture.given(
                        concern("police-referral", CRIME_ASB),
                        new EscalationAnswered(
                                FAMILY,
                                "answer-1",
                                uk.earlyhelp.contracts.SocialCareOutcome.STEP_DOWN_TO_EARLY_HELP,
                                Set.of("police-referral")))
                .when(new RecordReferralEvidence(
                        FAMILY, COUNCIL, "school-referral", Set.of(SCHOOL_ATTENDANCE), false, RULE, NOW))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.matches(e -> e instanceof ReferralEvidenceRecorded),
                        Matchers.matches(e -> e instanceof EligibilityDecided d && d.decision() == Decision.ELIGIBLE),
                        Matchers.andNoMore())));
    }

    @Test
    void theSameAnswerDeliveredTwiceChangesNothing() {
        fixture.given(
                        concern("police-referral", CRIME_ASB),
                        new EscalationAnswered(
                                FAMILY,
                                "answer-1",
                                uk.earlyhelp.contracts.SocialCareOutcome.STEP_DOWN_TO_EARLY_HELP,
                                Set.of("police-referral")))
                .when(new AnswerEscalation(
                        FAMILY,
                        "answer-1",
                        uk.earlyhelp.contracts.SocialCareOutcome.STEP_DOWN_TO_EARLY_HELP,
                        RULE,
                        NOW))
                .expectNoEvents();
    }

    // Merging (docs/domain.md, "Front door"): the evidence of two families found to be one is united

    @Test
    void aFamilyMergedAwayHandsOverItsStandingEvidence() {
        fixture.given(evidence("school-referral", SCHOOL_ATTENDANCE))
                .when(new MergeFamilyAway(FAMILY, "family-2"))
                .expectEvents(new FamilyMergedAway(FAMILY, "family-2"))
                .expectResultMessagePayload(
                        new UniteEvidence.Handover(List.of(evidence("school-referral", SCHOOL_ATTENDANCE)), Set.of()));
    }

    @Test
    void twoFamiliesWithAProblemEachAreEligibleOnceUnited() {
        fixture.given(evidence("police-referral", CRIME_ASB))
                .when(new UniteEvidence(
                        FAMILY,
                        COUNCIL,
                        "family-2",
                        new UniteEvidence.Handover(
                                List.of(new ReferralEvidenceRecorded(
                                        "family-2", COUNCIL, "school-referral", Set.of(SCHOOL_ATTENDANCE), false)),
                                Set.of()),
                        RULE,
                        NOW))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.matches(e -> e.equals(evidence("school-referral", SCHOOL_ATTENDANCE))),
                        Matchers.matches(e -> e.equals(new EvidenceUnited(FAMILY, "family-2", Set.of()))),
                        Matchers.matches(e -> e instanceof EligibilityDecided d
                                && d.decision() == Decision.ELIGIBLE
                                && d.evidencingReferralIds().equals(List.of("police-referral", "school-referral"))),
                        Matchers.andNoMore())));
    }

    @Test
    void aConcernSocialCareAnsweredStaysAnsweredInTheUnitedFamily() {
        fixture.given(evidence("school-referral", SCHOOL_ATTENDANCE))
                .when(new UniteEvidence(
                        FAMILY,
                        COUNCIL,
                        "family-2",
                        new UniteEvidence.Handover(
                                List.of(new ReferralEvidenceRecorded(
                                        "family-2", COUNCIL, "police-referral", Set.of(CRIME_ASB), true)),
                                Set.of("police-referral")),
                        RULE,
                        NOW))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.matches(e -> e instanceof ReferralEvidenceRecorded),
                        Matchers.matches(e -> e instanceof EvidenceUnited),
                        Matchers.matches(e -> e instanceof EligibilityDecided d && d.decision() == Decision.ELIGIBLE),
                        Matchers.andNoMore())));
    }
}
