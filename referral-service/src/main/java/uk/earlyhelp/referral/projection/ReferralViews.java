package uk.earlyhelp.referral.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** Queries on the referral read model. */
@ApplicationScoped
public class ReferralViews {

    @Inject
    Jdbc jdbc;

    @Inject
    ObjectMapper json;

    public Optional<ReferralView> find(String referralId) {
        return jdbc.queryOne("""
                SELECT r.*, e.decision, e.reason, e.rule_version, e.decided_at
                FROM referral_view r LEFT JOIN family_eligibility e ON e.family_id = r.family_id
                WHERE r.referral_id = ?""", this::view, referralId);
    }

    /** Every referral of a family, oldest first. */
    public List<ReferralView> forFamily(String familyId) {
        return jdbc.query("""
                SELECT r.*, e.decision, e.reason, e.rule_version, e.decided_at
                FROM referral_view r LEFT JOIN family_eligibility e ON e.family_id = r.family_id
                WHERE r.family_id = ? ORDER BY r.received_at, r.referral_id""", this::view, familyId);
    }

    private ReferralView view(ResultSet row) throws SQLException {
        return new ReferralView(
                row.getString("referral_id"),
                row.getString("family_id"),
                row.getString("council"),
                row.getString("agency"),
                row.getString("agency_reference"),
                row.getString("status"),
                Jdbc.instant(row, "received_at"),
                Jdbc.strings(row, "problems"),
                row.getBoolean("safeguarding_concern"),
                row.getBoolean("re_referral"),
                Jdbc.instant(row, "withdrawn_at"),
                row.getString("withdrawal_reason"),
                details(row.getString("details")),
                row.getBoolean("personal_data_erased"),
                row.getString("decision") == null
                        ? null
                        : new FamilyDecision(
                                row.getString("decision"),
                                row.getString("reason"),
                                row.getString("rule_version"),
                                Jdbc.instant(row, "decided_at")));
    }

    /** A council's referrals, or one agency's, optionally by status and received since; newest first. */
    public ReferralPage list(
            String council,
            Optional<String> agency,
            Optional<String> status,
            Optional<Instant> since,
            int page,
            int size) {
        StringBuilder where = new StringBuilder(" WHERE council = ?");
        List<Object> parameters = new ArrayList<>(List.of(council));
        agency.ifPresent(a -> {
            where.append(" AND agency = ?");
            parameters.add(a);
        });
        status.ifPresent(s -> {
            where.append(" AND status = ?");
            parameters.add(s);
        });
        since.ifPresent(s -> {
            where.append(" AND received_at >= ?");
            parameters.add(s);
        });
        long total = jdbc.queryOne(
                        "SELECT count(*) FROM referral_view" + where, row -> row.getLong(1), parameters.toArray())
                .orElse(0L);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(size);
        paged.add((long) page * size);
        List<ReferralSummary> items = jdbc.query(
                "SELECT * FROM referral_view" + where + " ORDER BY received_at DESC, referral_id LIMIT ? OFFSET ?",
                ReferralViews::summary,
                paged.toArray());
        return new ReferralPage(items, page, size, total);
    }

    private static ReferralSummary summary(ResultSet row) throws SQLException {
        return new ReferralSummary(
                row.getString("referral_id"),
                row.getString("family_id"),
                row.getString("agency"),
                row.getString("agency_reference"),
                row.getString("status"),
                Jdbc.instant(row, "received_at"),
                Jdbc.strings(row, "problems"),
                row.getBoolean("safeguarding_concern"),
                row.getBoolean("re_referral"));
    }

    private ReferralDetails details(String text) {
        try {
            return text == null ? null : json.readValue(text, ReferralDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable referral details", e);
        }
    }
}
