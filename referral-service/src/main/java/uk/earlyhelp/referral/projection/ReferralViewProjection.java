package uk.earlyhelp.referral.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import uk.earlyhelp.platform.jdbc.BatchedWrites;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.personal.PersonalFields;
import uk.earlyhelp.referral.domain.FamilyErased;
import uk.earlyhelp.referral.domain.PresentingIssue;
import uk.earlyhelp.referral.domain.ReferralReceived;
import uk.earlyhelp.referral.domain.ReferralWithdrawn;
import uk.earlyhelp.referral.domain.frontdoor.FamiliesMerged;

/**
 * Keeps {@code referral_view} and {@code family_erasure} from the event store; replaying it writes the same rows. A
 * referral's row changes go in JDBC batches as the processor's batch commits, in its events' order
 * ({@link BatchedWrites}); a handler that changes a whole family's rows sends what is pending first.
 */
@Singleton
@ProcessingGroup("referral-view")
public class ReferralViewProjection {

    @Inject
    Jdbc jdbc;

    @Inject
    BatchedWrites writes;

    @Inject
    ObjectMapper json;

    /** A rebuild (token reset) replays the event store into empty tables. */
    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE TABLE referral_view, family_erasure");
    }

    @EventHandler
    void on(ReferralReceived event) {
        writes.inOrder(
                event.referralId(),
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
        writes.inOrder(
                event.referralId(),
                "UPDATE referral_view SET status = ?, withdrawn_at = ?, withdrawal_reason = ? WHERE referral_id = ?",
                ReferralView.WITHDRAWN,
                event.withdrawnAt(),
                event.reason(),
                event.referralId());
    }

    /** The merged family's referrals are the other family's from now on. */
    @EventHandler
    void on(FamiliesMerged event) {
        // Changes every referral row of the family, which this batch may still hold: those go first.
        writes.flush();
        jdbc.update(
                "UPDATE referral_view SET family_id = ? WHERE family_id = ?", event.intoFamilyId(), event.familyId());
    }

    /**
     * Purges the family's personal fields from this read model (docs/personal-data.md): names, dates of birth, address
     * and narrative go; ids, problems, roles and dates stay. The event comes after the family's referrals in the store,
     * so a replay purges again whatever it had written.
     */
    @EventHandler
    void on(FamilyErased event) {
        writes.flush();
        List<String[]> rows = jdbc.query(
                "SELECT referral_id, details FROM referral_view WHERE family_id = ?",
                row -> new String[] {row.getString("referral_id"), row.getString("details")},
                event.familyId());
        for (String[] row : rows) {
            jdbc.update("""
                    UPDATE referral_view SET details = ?::jsonb, withdrawal_reason = NULL, agency_reference = NULL,
                           personal_data_erased = TRUE
                    WHERE referral_id = ?""", row[1] == null ? null : toJson(PersonalFields.erased(fromJson(row[1]), json)), row[0]);
        }
        jdbc.update("""
                INSERT INTO family_erasure (family_id, council, trigger, requested_on, erased_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (family_id) DO NOTHING""", event.familyId(), event.council(), event.trigger(), event.requestedOn(), event.erasedAt());
    }

    private ReferralDetails fromJson(String details) {
        try {
            return json.readValue(details, ReferralDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(ReferralDetails details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
