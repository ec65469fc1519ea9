package uk.earlyhelp.referral.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * The duty screen's feed, one row per new referral or decision, each written once (keyed by its source).
 * Readers see a row only once it has settled for a moment: two writers' transactions can commit out of
 * sequence order, and a screen that had moved past a sequence number would never see the late row.
 */
@ApplicationScoped
public class DutyFeed {

    static final Duration SETTLE = Duration.ofSeconds(1);

    @Inject
    Jdbc jdbc;

    @Inject
    Clock clock;

    public void referral(
            String council,
            String familyId,
            String referralId,
            String agency,
            List<String> problems,
            boolean reReferral,
            boolean safeguardingConcern,
            Instant receivedAt) {
        insert(
                council,
                DutyItem.REFERRAL,
                familyId,
                referralId,
                agency,
                problems,
                null,
                null,
                reReferral,
                safeguardingConcern,
                receivedAt,
                "referral:" + referralId);
    }

    public void decision(EligibilityDecidedV1 decided) {
        insert(
                decided.council(),
                DutyItem.DECISION,
                decided.familyId(),
                null,
                null,
                decided.problemsCounted().stream().map(Enum::name).toList(),
                decided.decision().name(),
                decided.reason(),
                false,
                decided.decision() == Decision.ESCALATE_TO_SOCIAL_CARE,
                decided.decidedAt(),
                "decision:" + decided.decisionId());
    }

    /** The council's settled items after {@code afterSeq}, oldest first. */
    public List<DutyItem> after(String council, long afterSeq, int limit) {
        return jdbc.query(
                """
                SELECT * FROM duty_feed
                WHERE council = ? AND seq > ? AND recorded_at <= ?
                ORDER BY seq LIMIT ?""",
                row -> new DutyItem(
                        row.getLong("seq"),
                        row.getString("kind"),
                        row.getString("family_id"),
                        row.getString("referral_id"),
                        row.getString("agency"),
                        Jdbc.strings(row, "problems"),
                        row.getString("decision"),
                        row.getString("reason"),
                        row.getBoolean("re_referral"),
                        row.getBoolean("escalation"),
                        Jdbc.instant(row, "occurred_at")),
                council,
                afterSeq,
                clock.instant().minus(SETTLE),
                limit);
    }

    /** The sequence number just before the council's items recorded since {@code since}: where a replay starts. */
    public long seqBefore(String council, Instant since) {
        return jdbc.queryOne(
                        "SELECT COALESCE(MIN(seq) - 1, (SELECT COALESCE(MAX(seq), 0) FROM duty_feed)) FROM duty_feed"
                                + " WHERE council = ? AND recorded_at >= ?",
                        row -> row.getLong(1),
                        council,
                        since)
                .orElse(0L);
    }

    private void insert(
            String council,
            String kind,
            String familyId,
            String referralId,
            String agency,
            List<String> problems,
            String decision,
            String reason,
            boolean reReferral,
            boolean escalation,
            Instant occurredAt,
            String sourceId) {
        jdbc.update(
                """
                INSERT INTO duty_feed (council, kind, family_id, referral_id, agency, problems, decision, reason,
                                       re_referral, escalation, occurred_at, source_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source_id) DO NOTHING""",
                council,
                kind,
                familyId,
                referralId,
                agency,
                problems,
                decision,
                reason,
                reReferral,
                escalation,
                occurredAt,
                sourceId);
    }
}
