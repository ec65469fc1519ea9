package uk.earlyhelp.referral.domain;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReferralTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final ReferralReceived RECEIVED = new ReferralReceived(
            "r-1",
            "f-1",
            "E10000018",
            "police",
            "POL-1",
            new Household(new Household.Address("1 Lane", "Town", "LE1 1AA"), List.of()),
            new Consent(true, null, "PC 1"),
            List.of(),
            false,
            false,
            "Summary",
            NOW);

    private AggregateTestFixture<Referral> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
    }

    @Test
    void aReferralIsWithdrawnWithItsFamilyCouncilAndAgency() {
        fixture.given(RECEIVED)
                .when(new WithdrawReferral("r-1", "Moved away", "pc-1234", NOW))
                .expectEvents(new ReferralWithdrawn("r-1", "f-1", "E10000018", "police", "Moved away", "pc-1234", NOW));
    }

    @Test
    void aReferralIsWithdrawnOnce() {
        fixture.given(RECEIVED, new ReferralWithdrawn("r-1", "f-1", "E10000018", "police", "Moved", "pc-1234", NOW))
                .when(new WithdrawReferral("r-1", "Again", "pc-1234", NOW))
                .expectException(ReferralAlreadyWithdrawn.class)
                .expectNoEvents();
    }
}
