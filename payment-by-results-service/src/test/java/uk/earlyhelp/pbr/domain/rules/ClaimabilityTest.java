package uk.earlyhelp.pbr.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.earlyhelp.contracts.ClaimRoute.CONTINUOUS_EMPLOYMENT;
import static uk.earlyhelp.contracts.ClaimRoute.SIGNIFICANT_AND_SUSTAINED_PROGRESS;
import static uk.earlyhelp.contracts.HeadlineProblem.CHILDREN_NEED_HELP;
import static uk.earlyhelp.contracts.HeadlineProblem.CRIME_ASB;
import static uk.earlyhelp.contracts.HeadlineProblem.DOMESTIC_ABUSE;
import static uk.earlyhelp.contracts.HeadlineProblem.HEALTH;
import static uk.earlyhelp.contracts.HeadlineProblem.SCHOOL_ATTENDANCE;
import static uk.earlyhelp.contracts.HeadlineProblem.WORKLESSNESS;
import static uk.earlyhelp.pbr.domain.rules.Claimability.NotClaimable.ALREADY_CLAIMED;
import static uk.earlyhelp.pbr.domain.rules.Claimability.NotClaimable.ATTACHED_WHILE_NOT_ELIGIBLE;
import static uk.earlyhelp.pbr.domain.rules.Claimability.NotClaimable.NOT_ATTACHED;
import static uk.earlyhelp.pbr.domain.rules.Claimability.NotClaimable.NO_ROUTE_MET;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.earlyhelp.contracts.Benefit;
import uk.earlyhelp.contracts.ClaimRoute;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.pbr.domain.claimrecord.AttachmentNoted;
import uk.earlyhelp.pbr.domain.claimrecord.EligibilityNoted;
import uk.earlyhelp.pbr.domain.claimrecord.EmploymentEndNoted;
import uk.earlyhelp.pbr.domain.claimrecord.EmploymentStartNoted;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyClaimed;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyFacts;
import uk.earlyhelp.pbr.domain.claimrecord.OutcomeNoted;

class ClaimabilityTest {

    static final ClaimRules RULES = ClaimRules.defaults();
    static final String FAMILY = "family-1";
    static final String COUNCIL = "E10000018";
    static final LocalDate ATTACHED = LocalDate.of(2025, 1, 6);
    static final LocalDate LATER = LocalDate.of(2027, 1, 1);

    // Fixture builders: a family's facts, from the same events the aggregate keeps.

    static FamilyFacts facts(Object... events) {
        FamilyFacts facts = FamilyFacts.none(FAMILY);
        for (Object event : events) {
            facts = facts.apply(event);
        }
        return facts;
    }

    static AttachmentNoted attached(LocalDate on, Decision decision, HeadlineProblem... problems) {
        return new AttachmentNoted(FAMILY, COUNCIL, on, List.of(problems), "decision-1", decision);
    }

    static AttachmentNoted attachedEligible(HeadlineProblem... problems) {
        return attached(ATTACHED, Decision.ELIGIBLE, problems);
    }

    static OutcomeNoted outcome(HeadlineProblem problem, String from, String to) {
        return outcome(problem, from, to, to);
    }

    static OutcomeNoted outcome(HeadlineProblem problem, String from, String to, String recordedOn) {
        return new OutcomeNoted(
                FAMILY,
                COUNCIL,
                UUID.randomUUID().toString(),
                problem,
                LocalDate.parse(from),
                LocalDate.parse(to),
                LocalDate.parse(recordedOn));
    }

    static EmploymentStartNoted started(String id, Benefit benefit, String on) {
        return new EmploymentStartNoted(FAMILY, COUNCIL, id, 0, benefit, LocalDate.parse(on));
    }

    static EmploymentEndNoted ended(String id, String on) {
        return new EmploymentEndNoted(FAMILY, COUNCIL, id, LocalDate.parse(on));
    }

    static Arguments claimable(String rule, FamilyFacts facts, String asOf, ClaimRoute route, String qualifiedOn) {
        return Arguments.of(rule, facts, LocalDate.parse(asOf), route, LocalDate.parse(qualifiedOn), null);
    }

    static Arguments notClaimable(String rule, FamilyFacts facts, String asOf, Claimability.NotClaimable reason) {
        return Arguments.of(rule, facts, LocalDate.parse(asOf), null, null, reason);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // Route 1: significant and sustained progress on every problem at attachment.
                claimable(
                        "every problem at attachment sustained for its minimum",
                        facts(
                                attachedEligible(CRIME_ASB, SCHOOL_ATTENDANCE),
                                outcome(CRIME_ASB, "2025-02-01", "2025-08-01", "2025-08-04"),
                                outcome(SCHOOL_ATTENDANCE, "2025-02-01", "2025-08-02", "2025-08-05")),
                        "2025-09-30",
                        SIGNIFICANT_AND_SUSTAINED_PROGRESS,
                        "2025-08-02"), // the day the last minimum was met, whenever it was recorded
                notClaimable(
                        "a problem at attachment without an outcome",
                        facts(
                                attachedEligible(CRIME_ASB, SCHOOL_ATTENDANCE),
                                outcome(CRIME_ASB, "2025-02-01", "2025-08-01")),
                        "2026-12-31",
                        NO_ROUTE_MET),
                notClaimable(
                        "an outcome sustained one day too short",
                        facts(
                                attachedEligible(CRIME_ASB, SCHOOL_ATTENDANCE),
                                outcome(CRIME_ASB, "2025-02-01", "2025-07-31"),
                                outcome(SCHOOL_ATTENDANCE, "2025-02-01", "2025-08-02")),
                        "2026-12-31",
                        NO_ROUTE_MET),
                notClaimable(
                        "an outcome whose sustained period began before attachment",
                        facts(
                                attachedEligible(CRIME_ASB, SCHOOL_ATTENDANCE),
                                outcome(CRIME_ASB, "2025-01-05", "2025-12-01"),
                                outcome(SCHOOL_ATTENDANCE, "2025-02-01", "2025-08-02")),
                        "2026-12-31",
                        NO_ROUTE_MET),
                claimable(
                        "an achievement by the window end counts though its evidence was recorded after it",
                        facts(
                                attachedEligible(CRIME_ASB, SCHOOL_ATTENDANCE),
                                outcome(CRIME_ASB, "2025-02-01", "2025-08-01", "2025-10-01"),
                                outcome(SCHOOL_ATTENDANCE, "2025-02-01", "2025-08-02")),
                        "2025-09-30",
                        SIGNIFICANT_AND_SUSTAINED_PROGRESS,
                        "2025-08-02"),
                notClaimable(
                        "an outcome sustained past the window end does not prove an achievement by it",
                        facts(
                                attachedEligible(CRIME_ASB, SCHOOL_ATTENDANCE),
                                outcome(CRIME_ASB, "2025-04-01", "2025-10-01"),
                                outcome(SCHOOL_ATTENDANCE, "2025-02-01", "2025-08-02")),
                        "2025-09-30",
                        NO_ROUTE_MET),
                notClaimable(
                        "an outcome for a problem the family did not have at attachment does not count",
                        facts(
                                attachedEligible(CRIME_ASB, SCHOOL_ATTENDANCE),
                                outcome(CRIME_ASB, "2025-02-01", "2025-08-01"),
                                outcome(HEALTH, "2025-02-01", "2025-08-01")),
                        "2026-12-31",
                        NO_ROUTE_MET),
                claimable(
                        "a short outcome, then a long enough one for the same problem",
                        facts(
                                attachedEligible(CRIME_ASB, HEALTH),
                                outcome(CRIME_ASB, "2025-02-01", "2025-03-01"),
                                outcome(CRIME_ASB, "2025-04-01", "2025-10-01"),
                                outcome(HEALTH, "2025-02-01", "2025-08-01")),
                        "2026-12-31",
                        SIGNIFICANT_AND_SUSTAINED_PROGRESS,
                        "2025-10-01"),
                // Route 2: continuous employment after an out-of-work benefit.
                claimable(
                        "26 weeks after JSA, exactly",
                        facts(attachedEligible(WORKLESSNESS, HEALTH), started("e1", Benefit.JSA, "2025-02-03")),
                        "2025-08-04",
                        CONTINUOUS_EMPLOYMENT,
                        "2025-08-04"),
                notClaimable(
                        "26 weeks after JSA, one day short",
                        facts(attachedEligible(WORKLESSNESS, HEALTH), started("e1", Benefit.JSA, "2025-02-03")),
                        "2025-08-03",
                        NO_ROUTE_MET),
                notClaimable(
                        "13 weeks is not enough after JSA",
                        facts(attachedEligible(WORKLESSNESS, HEALTH), started("e1", Benefit.JSA, "2025-02-03")),
                        "2025-05-05",
                        NO_ROUTE_MET),
                claimable(
                        "13 weeks after ESA, exactly",
                        facts(attachedEligible(WORKLESSNESS, HEALTH), started("e1", Benefit.ESA, "2025-02-03")),
                        "2025-05-05",
                        CONTINUOUS_EMPLOYMENT,
                        "2025-05-05"),
                notClaimable(
                        "13 weeks after ESA, one day short",
                        facts(attachedEligible(WORKLESSNESS, HEALTH), started("e1", Benefit.ESA, "2025-02-03")),
                        "2025-05-04",
                        NO_ROUTE_MET),
                claimable(
                        "13 weeks after IS, exactly",
                        facts(attachedEligible(WORKLESSNESS, HEALTH), started("e1", Benefit.IS, "2025-02-03")),
                        "2025-05-05",
                        CONTINUOUS_EMPLOYMENT,
                        "2025-05-05"),
                notClaimable(
                        "13 weeks after IS, one day short",
                        facts(attachedEligible(WORKLESSNESS, HEALTH), started("e1", Benefit.IS, "2025-02-03")),
                        "2025-05-04",
                        NO_ROUTE_MET),
                claimable(
                        "13 weeks after UC, exactly",
                        facts(attachedEligible(WORKLESSNESS, HEALTH), started("e1", Benefit.UC, "2025-02-03")),
                        "2025-05-05",
                        CONTINUOUS_EMPLOYMENT,
                        "2025-05-05"),
                notClaimable(
                        "13 weeks after UC, one day short",
                        facts(attachedEligible(WORKLESSNESS, HEALTH), started("e1", Benefit.UC, "2025-02-03")),
                        "2025-05-04",
                        NO_ROUTE_MET),
                notClaimable(
                        "work after a benefit that is not out-of-work (OTHER) never qualifies",
                        facts(attachedEligible(WORKLESSNESS, HEALTH), started("e1", Benefit.OTHER, "2025-02-03")),
                        "2026-12-31",
                        NO_ROUTE_MET),
                notClaimable(
                        "an employment spell that broke one day before its 26 weeks",
                        facts(
                                attachedEligible(WORKLESSNESS, HEALTH),
                                started("e1", Benefit.JSA, "2025-02-03"),
                                ended("e1", "2025-08-03")),
                        "2026-12-31",
                        NO_ROUTE_MET),
                claimable(
                        "an employment spell that ended on the day its 26 weeks were met",
                        facts(
                                attachedEligible(WORKLESSNESS, HEALTH),
                                started("e1", Benefit.JSA, "2025-02-03"),
                                ended("e1", "2025-08-04")),
                        "2026-12-31",
                        CONTINUOUS_EMPLOYMENT,
                        "2025-08-04"),
                notClaimable(
                        "two broken spells are never added together",
                        facts(
                                attachedEligible(WORKLESSNESS, HEALTH),
                                started("e1", Benefit.ESA, "2025-02-03"),
                                ended("e1", "2025-03-31"),
                                started("e2", Benefit.ESA, "2025-04-01"),
                                ended("e2", "2025-06-01")),
                        "2026-12-31",
                        NO_ROUTE_MET),
                notClaimable(
                        "an employment spell that started before attachment",
                        facts(attachedEligible(WORKLESSNESS, HEALTH), started("e1", Benefit.JSA, "2025-01-05")),
                        "2026-12-31",
                        NO_ROUTE_MET),
                claimable(
                        "an employment spell starting on the attachment date",
                        facts(attachedEligible(WORKLESSNESS, HEALTH), started("e1", Benefit.UC, "2025-01-06")),
                        "2026-12-31",
                        CONTINUOUS_EMPLOYMENT,
                        "2025-04-07"),
                claimable(
                        "both routes met: the one met first is claimed",
                        facts(
                                attachedEligible(CRIME_ASB, HEALTH),
                                outcome(CRIME_ASB, "2025-02-01", "2025-08-01"),
                                outcome(HEALTH, "2025-02-01", "2025-08-01"),
                                started("e1", Benefit.UC, "2025-02-03")),
                        "2026-12-31",
                        CONTINUOUS_EMPLOYMENT,
                        "2025-05-05"),
                // Never claimable.
                notClaimable(
                        "a family already claimed",
                        facts(
                                attachedEligible(WORKLESSNESS, HEALTH),
                                started("e1", Benefit.JSA, "2025-02-03"),
                                new FamilyClaimed(
                                        FAMILY,
                                        COUNCIL,
                                        "batch-1",
                                        CONTINUOUS_EMPLOYMENT,
                                        80_000,
                                        LocalDate.parse("2025-09-01"))),
                        "2026-12-31",
                        ALREADY_CLAIMED),
                notClaimable(
                        "a family never attached",
                        facts(
                                new EligibilityNoted(
                                        FAMILY,
                                        COUNCIL,
                                        "decision-1",
                                        Decision.ELIGIBLE,
                                        List.of(WORKLESSNESS, HEALTH),
                                        Instant.parse("2025-01-02T10:00:00Z")),
                                started("e1", Benefit.JSA, "2025-02-03")),
                        "2026-12-31",
                        NOT_ATTACHED),
                notClaimable(
                        "a family attached after the assessment date",
                        facts(attachedEligible(WORKLESSNESS, HEALTH), started("e1", Benefit.UC, "2025-01-06")),
                        "2025-01-05",
                        NOT_ATTACHED),
                notClaimable(
                        "a family attached while not eligible",
                        facts(
                                attached(ATTACHED, Decision.NOT_ELIGIBLE, WORKLESSNESS),
                                started("e1", Benefit.JSA, "2025-02-03")),
                        "2026-12-31",
                        ATTACHED_WHILE_NOT_ELIGIBLE),
                notClaimable(
                        "a family attached on a decision that eligibility recorded as not eligible",
                        facts(
                                new EligibilityNoted(
                                        FAMILY,
                                        COUNCIL,
                                        "decision-1",
                                        Decision.NOT_ELIGIBLE,
                                        List.of(WORKLESSNESS),
                                        Instant.parse("2025-01-02T10:00:00Z")),
                                attachedEligible(WORKLESSNESS, HEALTH),
                                started("e1", Benefit.JSA, "2025-02-03")),
                        "2026-12-31",
                        ATTACHED_WHILE_NOT_ELIGIBLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aFamilyIsClaimableOnlyByARouteMetAfterAttachmentWhileEligibleAndNeverTwice(
            String rule,
            FamilyFacts facts,
            LocalDate asOf,
            ClaimRoute route,
            LocalDate qualifiedOn,
            Claimability.NotClaimable reason) {
        var assessment = Claimability.assess(facts, RULES, asOf);
        if (route == null) {
            assertFalse(assessment.claimable(), rule);
            assertEquals(reason, assessment.reason(), rule);
            assertNull(assessment.proof(), rule);
        } else {
            assertTrue(assessment.claimable(), rule);
            assertEquals(route, assessment.proof().route(), rule);
            assertEquals(qualifiedOn, assessment.proof().qualifiedOn(), rule);
        }
    }

    /** Each problem's default minimum: one day short, then exactly enough (from 3 February 2025). */
    static Stream<Arguments> minimumPeriods() {
        return Stream.of(
                Arguments.of(SCHOOL_ATTENDANCE, "2025-08-03", false),
                Arguments.of(SCHOOL_ATTENDANCE, "2025-08-04", true),
                Arguments.of(CRIME_ASB, "2025-08-02", false),
                Arguments.of(CRIME_ASB, "2025-08-03", true),
                Arguments.of(DOMESTIC_ABUSE, "2025-08-02", false),
                Arguments.of(DOMESTIC_ABUSE, "2025-08-03", true),
                Arguments.of(WORKLESSNESS, "2025-05-25", false),
                Arguments.of(WORKLESSNESS, "2025-05-26", true),
                Arguments.of(HEALTH, "2025-08-02", false),
                Arguments.of(HEALTH, "2025-08-03", true),
                Arguments.of(CHILDREN_NEED_HELP, "2025-08-02", false),
                Arguments.of(CHILDREN_NEED_HELP, "2025-08-03", true));
    }

    @ParameterizedTest(name = "{0} sustained from 2025-02-03 to {1}: {2}")
    @MethodSource("minimumPeriods")
    void eachProblemsOutcomeMustBeSustainedForItsMinimum(HeadlineProblem problem, String to, boolean enough) {
        HeadlineProblem other = problem == HEALTH ? CRIME_ASB : HEALTH;
        var facts = facts(
                attachedEligible(problem, other),
                outcome(problem, "2025-02-03", to),
                outcome(other, "2025-02-01", "2025-08-01"));
        var proof = SignificantAndSustainedProgress.assess(facts, RULES, LATER);
        assertEquals(enough, proof.isPresent());
    }

    @Test
    void theProofNamesEachProblemsSustainedPeriodAndItsOutcome() {
        OutcomeNoted school = outcome(SCHOOL_ATTENDANCE, "2025-02-01", "2025-08-02");
        OutcomeNoted crime = outcome(CRIME_ASB, "2025-02-01", "2025-08-01");
        var facts = facts(attachedEligible(CRIME_ASB, SCHOOL_ATTENDANCE), school, crime);
        var proof = SignificantAndSustainedProgress.assess(facts, RULES, LATER).orElseThrow();
        assertEquals(
                List.of(
                        new ProvingPeriod(
                                "CRIME_ASB",
                                LocalDate.parse("2025-02-01"),
                                LocalDate.parse("2025-08-01"),
                                crime.outcomeId()),
                        new ProvingPeriod(
                                "SCHOOL_ATTENDANCE",
                                LocalDate.parse("2025-02-01"),
                                LocalDate.parse("2025-08-02"),
                                school.outcomeId())),
                proof.periods());
    }

    /** A change to the rules applies to families attached from its effective date; earlier ones keep theirs. */
    @ParameterizedTest(name = "attached {0}: judged under {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "2021-06-01, pbr-2022-04", // before the first version: the first
        "2022-04-01, pbr-2022-04",
        "2027-03-31, pbr-2022-04",
        "2027-04-01, pbr-2027-04",
        "2030-01-01, pbr-2027-04",
    })
    void eachFamilyIsJudgedUnderTheRulesInForceOnItsAttachmentDate(LocalDate attachedOn, String version) {
        Map<HeadlineProblem, java.time.Period> longer = new java.util.EnumMap<>(RULES.minimumSustained());
        longer.put(CRIME_ASB, java.time.Period.ofMonths(9));
        ClaimRuleBook book = new ClaimRuleBook(List.of(
                new ClaimRuleBook.Version(
                        "pbr-2027-04", LocalDate.parse("2027-04-01"), new ClaimRules(longer, RULES.employmentWeeks())),
                new ClaimRuleBook.Version("pbr-2022-04", LocalDate.parse("2022-04-01"), RULES)));
        assertEquals(version, book.inForceOn(attachedOn).version());
    }

    @Test
    void aLaterRuleChangeNeverRejudgesAFamilyAttachedBeforeIt() {
        Map<HeadlineProblem, java.time.Period> longer = new java.util.EnumMap<>(RULES.minimumSustained());
        longer.put(CRIME_ASB, java.time.Period.ofMonths(9));
        ClaimRuleBook book = new ClaimRuleBook(List.of(
                new ClaimRuleBook.Version("pbr-2022-04", LocalDate.parse("2022-04-01"), RULES),
                new ClaimRuleBook.Version(
                        "pbr-2025-06",
                        LocalDate.parse("2025-06-01"),
                        new ClaimRules(longer, RULES.employmentWeeks()))));
        var sixMonthsOfCrime = List.<Object>of(
                outcome(CRIME_ASB, "2025-02-01", "2025-08-01"), outcome(SCHOOL_ATTENDANCE, "2025-02-01", "2025-08-02"));
        var attachedBefore = facts(
                Stream.concat(Stream.of(attachedEligible(CRIME_ASB, SCHOOL_ATTENDANCE)), sixMonthsOfCrime.stream())
                        .toArray());
        assertTrue(Claimability.assess(attachedBefore, book, LATER).claimable(), "judged under pbr-2022-04");
        var attachedAfter = facts(Stream.concat(
                        Stream.of(attached(
                                LocalDate.parse("2025-06-02"), Decision.ELIGIBLE, CRIME_ASB, SCHOOL_ATTENDANCE)),
                        Stream.of(
                                outcome(CRIME_ASB, "2025-06-03", "2026-01-01"),
                                outcome(SCHOOL_ATTENDANCE, "2025-06-03", "2026-01-01")))
                .toArray());
        assertFalse(Claimability.assess(attachedAfter, book, LATER).claimable(), "six months is not nine");
    }

    @Test
    void twoVersionsCannotTakeEffectTheSameDay() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ClaimRuleBook(List.of(
                        new ClaimRuleBook.Version("a", LocalDate.parse("2025-06-01"), RULES),
                        new ClaimRuleBook.Version("b", LocalDate.parse("2025-06-01"), RULES))));
    }

    @Test
    void theSameFactsDeliveredTwiceAreKeptOnce() {
        var outcome = outcome(CRIME_ASB, "2025-02-01", "2025-08-01");
        var start = started("e1", Benefit.JSA, "2025-02-03");
        var end = ended("e1", "2025-03-01");
        var once = facts(attachedEligible(CRIME_ASB, HEALTH), outcome, start, end);
        var twice = facts(
                attachedEligible(CRIME_ASB, HEALTH),
                outcome,
                start,
                end,
                attached(LocalDate.parse("2025-03-01"), Decision.ELIGIBLE, HEALTH),
                outcome,
                start,
                end);
        assertEquals(once, twice);
    }

    @Test
    void anEndDeliveredBeforeItsStartStillBreaksTheSpell() {
        var facts = facts(
                attachedEligible(WORKLESSNESS, HEALTH),
                ended("e1", "2025-03-01"),
                started("e1", Benefit.JSA, "2025-02-03"));
        assertEquals(NO_ROUTE_MET, Claimability.assess(facts, RULES, LATER).reason());
    }
}
