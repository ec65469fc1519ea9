package uk.earlyhelp.casework.domain.caserecord;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;

class CaseTest {

    static final String FAMILY = "family-1";
    static final String COUNCIL = "E10000018";
    static final Instant WHEN = Instant.parse("2026-11-23T10:00:00Z");
    static final List<HeadlineProblem> PROBLEMS = List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH);

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    @Test
    void aFamilysFirstReferralOpensItsCase() {
        fixture.givenNoPriorActivity()
                .when(new NoteReferral(FAMILY, COUNCIL, "r-1", "police", PROBLEMS, false, WHEN))
                .expectEvents(new ReferralNoted(FAMILY, COUNCIL, "r-1", "police", PROBLEMS, false, WHEN));
    }

    @Test
    void aDecisionCanArriveBeforeItsReferralAndSetsTheStage() {
        fixture.givenNoPriorActivity()
                .when(new NoteEligibilityDecision(
                        FAMILY, COUNCIL, "d-1", Decision.ELIGIBLE, PROBLEMS, "v1", "Eligible.", WHEN))
                .expectEvents(new EligibilityNoted(
                        FAMILY,
                        COUNCIL,
                        "d-1",
                        Decision.ELIGIBLE,
                        PROBLEMS,
                        "v1",
                        "Eligible.",
                        WHEN,
                        CaseStage.ELIGIBLE));
    }

    @Test
    void theSameReferralOrDecisionIsNotedOnce() {
        fixture.given(
                        new ReferralNoted(FAMILY, COUNCIL, "r-1", "police", PROBLEMS, false, WHEN),
                        new EligibilityNoted(
                                FAMILY,
                                COUNCIL,
                                "d-1",
                                Decision.NOT_ELIGIBLE,
                                PROBLEMS,
                                "v1",
                                "No.",
                                WHEN,
                                CaseStage.NOT_ELIGIBLE))
                .when(new NoteReferral(FAMILY, COUNCIL, "r-1", "police", PROBLEMS, false, WHEN))
                .expectNoEvents();
        fixture.given(new EligibilityNoted(
                        FAMILY,
                        COUNCIL,
                        "d-1",
                        Decision.NOT_ELIGIBLE,
                        PROBLEMS,
                        "v1",
                        "No.",
                        WHEN,
                        CaseStage.NOT_ELIGIBLE))
                .when(new NoteEligibilityDecision(
                        FAMILY, COUNCIL, "d-1", Decision.NOT_ELIGIBLE, PROBLEMS, "v1", "No.", WHEN))
                .expectNoEvents();
    }

    @Test
    void anEscalationPutsTheCaseWithSocialCare() {
        fixture.given(new ReferralNoted(FAMILY, COUNCIL, "r-1", "health", PROBLEMS, true, WHEN))
                .when(new NoteEligibilityDecision(
                        FAMILY,
                        COUNCIL,
                        "d-1",
                        Decision.ESCALATE_TO_SOCIAL_CARE,
                        PROBLEMS,
                        "v1",
                        "Safeguarding.",
                        WHEN))
                .expectEvents(new EligibilityNoted(
                        FAMILY,
                        COUNCIL,
                        "d-1",
                        Decision.ESCALATE_TO_SOCIAL_CARE,
                        PROBLEMS,
                        "v1",
                        "Safeguarding.",
                        WHEN,
                        CaseStage.ESCALATED_TO_SOCIAL_CARE));
    }
}
