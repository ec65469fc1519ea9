package uk.earlyhelp.referral.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** Queries on the referral read model. */
@ApplicationScoped
public class ReferralViews {

    private final Jdbc jdbc;

    ReferralViews(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReferralView> find(String referralId) {
        return jdbc.queryOne(
                "SELECT * FROM referral_view WHERE referral_id = ?",
                row -> new ReferralView(
                        row.getString("referral_id"),
                        row.getString("family_id"),
                        row.getString("council"),
                        row.getString("agency"),
                        row.getString("agency_reference"),
                        row.getString("status"),
                        Jdbc.instant(row, "received_at"),
                        Jdbc.strings(row, "problems"),
                        row.getBoolean("safeguarding_concern")),
                referralId);
    }
}
