package uk.earlyhelp.referral.projection;

import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.referral.domain.PresentingIssue;
import uk.earlyhelp.referral.domain.ReferralReceived;

/** Keeps {@code referral_view} from the event store; replaying it writes the same rows. */
@Singleton
@ProcessingGroup("referral-view")
public class ReferralViewProjection {

    private final Jdbc jdbc;

    ReferralViewProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReferralReceived event) {
        jdbc.update(
                """
                INSERT INTO referral_view (referral_id, family_id, council, agency, agency_reference, status, received_at,
                                           problems, safeguarding_concern)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (referral_id) DO NOTHING""",
                event.referralId(),
                event.familyId(),
                event.council(),
                event.agency(),
                event.agencyReference(),
                ReferralView.RECEIVED,
                event.receivedAt(),
                event.issues().stream().map(PresentingIssue::problem).distinct().toList(),
                event.safeguardingConcern());
    }
}
