package uk.earlyhelp.referral.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.EligibilityDecidedV1;
import uk.earlyhelp.contracts.SocialCareOutcome;
import uk.earlyhelp.contracts.TriageOutcome;
import uk.earlyhelp.platform.jdbc.BatchedWrites;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.referral.domain.frontdoor.FamilyTriaged;
import uk.earlyhelp.referral.domain.frontdoor.SocialCareOutcomeRecorded;

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
    BatchedWrites writes;

    public void referral(
            String council,
            String familyId,
            String referralId,
            String agency,
            List<String> problems,
            boolean reReferral,
            boolean safeguardingConcern,
            Instant receivedAt,
            Instant dueAt) {
        insert(
                new DutyItem(
                        0,
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
                        dueAt,
                        null,
                        null),
                council,
                "referral:" + referralId);
    }

    public void triage(FamilyTriaged triaged) {
        insert(
                new DutyItem(
                        0,
                        DutyItem.TRIAGE,
                        triaged.familyId(),
                        null,
                        null,
                        List.of(),
                        null,
                        // The reasons stay off the screen on the wall: they may name people.
                        null,
                        false,
                        triaged.outcome() == TriageOutcome.STEP_UP_TO_SOCIAL_CARE,
                        triaged.triagedAt(),
                        null,
                        triaged.outcome().name(),
                        triaged.outcome() == TriageOutcome.SIGNPOST ? triaged.signpostedTo() : triaged.team()),
                triaged.council(),
                "triage:" + triaged.triageId());
    }

    public void socialCareOutcome(SocialCareOutcomeRecorded answered) {
        insert(
                new DutyItem(
                        0,
                        DutyItem.SOCIAL_CARE,
                        answered.familyId(),
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        false,
                        answered.outcome() == SocialCareOutcome.OPEN_TO_SOCIAL_CARE,
                        answered.recordedAt(),
                        null,
                        answered.outcome().name(),
                        null),
                answered.council(),
                "social-care:" + answered.outcomeId());
    }

    public void decision(EligibilityDecidedV1 decided) {
        insert(
                new DutyItem(
                        0,
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
                        null,
                        null,
                        null),
                decided.council(),
                "decision:" + decided.decisionId());
    }

    /** The council's settled items after {@code afterSeq}, oldest first. */
    public List<DutyItem> after(String council, long afterSeq, int limit) {
        return jdbc.query(
                """
                SELECT * FROM duty_feed
                WHERE council = ? AND seq > ? AND recorded_at <= clock_timestamp() - make_interval(secs => ?)
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
                        Jdbc.instant(row, "occurred_at"),
                        Jdbc.instant(row, "due_at"),
                        row.getString("outcome"),
                        row.getString("team")),
                council,
                afterSeq,
                // The database's clock, which stamped recorded_at: the service's may be moved (ClockProducer).
                (double) SETTLE.toMillis() / 1000,
                limit);
    }

    /**
     * The sequence number just before the council's items that happened since {@code since}, or before the referral of any
     * family still waiting for triage if that is earlier: where a newly opened screen starts, so it shows every
     * referral a duty officer still has to triage.
     */
    public long seqBefore(String council, Instant since) {
        return jdbc.queryOne("""
                        SELECT COALESCE(
                          LEAST(
                            (SELECT MIN(seq) FROM duty_feed WHERE council = ? AND occurred_at >= ?),
                            (SELECT MIN(f.seq) FROM family_triage t
                               JOIN duty_feed f ON f.family_id = t.family_id AND f.kind = 'REFERRAL'
                                                 AND f.occurred_at >= t.pending_since
                             WHERE t.council = ? AND t.pending_since IS NOT NULL)) - 1,
                          (SELECT COALESCE(MAX(seq), 0) FROM duty_feed))""", row -> row.getLong(1), council, since, council)
                .orElse(0L);
    }

    /**
     * Adds the item once. From the duty-feed projection it goes with the processor batch, a family's items in the
     * order of its events ({@link BatchedWrites}); from the decision consumer, at once.
     */
    private void insert(DutyItem item, String council, String sourceId) {
        writes.inOrder(
                item.familyId(),
                """
                INSERT INTO duty_feed (council, kind, family_id, referral_id, agency, problems, decision, reason,
                                       re_referral, escalation, occurred_at, due_at, outcome, team, source_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source_id) DO NOTHING""",
                council,
                item.kind(),
                item.familyId(),
                item.referralId(),
                item.agency(),
                item.problems(),
                item.decision(),
                item.reason(),
                item.reReferral(),
                item.escalation(),
                item.occurredAt(),
                item.dueAt(),
                item.outcome(),
                item.team(),
                sourceId);
    }
}
