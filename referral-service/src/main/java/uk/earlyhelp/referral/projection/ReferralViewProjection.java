package uk.earlyhelp.referral.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.referral.domain.PresentingIssue;
import uk.earlyhelp.referral.domain.ReferralReceived;
import uk.earlyhelp.referral.domain.ReferralWithdrawn;

/** Keeps {@code referral_view} from the event store; replaying it writes the same rows. */
@Singleton
@ProcessingGroup("referral-view")
public class ReferralViewProjection {

    private final Jdbc jdbc;
    private final ObjectMapper json;

    ReferralViewProjection(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ReferralReceived event) {
        jdbc.update(
                """
                INSERT INTO referral_view (referral_id, family_id, council, agency, agency_reference, status, received_at,
                                           problems, safeguarding_concern, re_referral, details)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (referral_id) DO NOTHING""",
                event.referralId(),
                event.familyId(),
                event.council(),
                event.agency(),
                event.agencyReference(),
                ReferralView.RECEIVED,
                event.receivedAt(),
                event.issues().stream().map(PresentingIssue::problem).distinct().toList(),
                event.safeguardingConcern(),
                event.reReferral(),
                toJson(new ReferralDetails(event.household(), event.consent(), event.issues(), event.summary())));
    }

    @EventHandler
    void on(ReferralWithdrawn event) {
        jdbc.update(
                "UPDATE referral_view SET status = ?, withdrawn_at = ?, withdrawal_reason = ? WHERE referral_id = ?",
                ReferralView.WITHDRAWN,
                event.withdrawnAt(),
                event.reason(),
                event.referralId());
    }

    private String toJson(ReferralDetails details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
