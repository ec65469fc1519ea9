package uk.earlyhelp.casework.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import uk.earlyhelp.casework.domain.caserecord.AssessmentRecorded;
import uk.earlyhelp.casework.domain.caserecord.CaseClosed;
import uk.earlyhelp.casework.domain.caserecord.CaseReopened;
import uk.earlyhelp.casework.domain.caserecord.EligibilityNoted;
import uk.earlyhelp.casework.domain.caserecord.FamilyAttached;
import uk.earlyhelp.casework.domain.caserecord.LeadPractitionerAllocated;
import uk.earlyhelp.casework.domain.caserecord.ReferralNoted;
import uk.earlyhelp.casework.domain.caserecord.SteppedUp;
import uk.earlyhelp.platform.jdbc.BatchedWrites;
import uk.earlyhelp.platform.time.England;

/**
 * Keeps the facts the outcomes report (docs/domain.md, "Outcomes dashboard") is computed from: each case's council,
 * practitioner, attachment and current closure, its referrals, closures and step-ups, and its Family Star readings. Its
 * own processing group, so it can be rebuilt without the plan history; rows are keyed by the event's sequence in its
 * case, so a replay writes nothing twice. Writes go in JDBC batches as the processor's batch commits
 * ({@link BatchedWrites}): a case row's changes in its events' order, the event and reading rows in any.
 */
@Singleton
@ProcessingGroup(InsightsProjection.PROCESSING_GROUP)
public class InsightsProjection {

    public static final String PROCESSING_GROUP = "insights";

    /** The read-model tables this projection owns, with the columns that order their rows. */
    public static final Map<String, String> TABLES = Map.of(
            "insight_case", "family_id",
            "insight_event", "family_id, sequence",
            "insight_reading", "family_id, sequence, domain");

    static final String REFERRAL = "REFERRAL";
    static final String CLOSURE = "CLOSURE";
    static final String STEP_UP = "STEP_UP";

    @Inject
    BatchedWrites writes;

    @EventHandler
    void on(ReferralNoted event, @SequenceNumber long sequence) {
        knownCase(event.familyId(), event.council());
        event(event.familyId(), sequence, REFERRAL, England.dateOf(event.receivedAt()));
    }

    /** A family can come to casework through a decision alone, without a referral noted first. */
    @EventHandler
    void on(EligibilityNoted event) {
        knownCase(event.familyId(), event.council());
    }

    @EventHandler
    void on(LeadPractitionerAllocated event) {
        writes.inOrder(
                event.familyId(),
                "UPDATE insight_case SET lead_practitioner = ? WHERE family_id = ?",
                event.leadPractitioner(),
                event.familyId());
    }

    @EventHandler
    void on(FamilyAttached event) {
        writes.inOrder(
                event.familyId(),
                "UPDATE insight_case SET lead_practitioner = ?, attached_on = ? WHERE family_id = ?",
                event.leadPractitioner(),
                event.attachedOn(),
                event.familyId());
    }

    @EventHandler
    void on(AssessmentRecorded event, @SequenceNumber long sequence) {
        event.readings()
                .forEach((domain, reading) ->
                        writes.insert("""
                        INSERT INTO insight_reading (family_id, sequence, assessed_on, domain, reading)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", event.familyId(), sequence, event.assessedOn(), domain, reading));
    }

    @EventHandler
    void on(SteppedUp event, @SequenceNumber long sequence) {
        event(event.familyId(), sequence, STEP_UP, event.steppedUpOn());
    }

    @EventHandler
    void on(CaseClosed event, @SequenceNumber long sequence) {
        writes.inOrder(
                event.familyId(),
                "UPDATE insight_case SET closed_on = ? WHERE family_id = ?",
                event.closedOn(),
                event.familyId());
        event(event.familyId(), sequence, CLOSURE, event.closedOn());
    }

    /** The case is open again; its earlier closure stays in insight_event for re-referrals. */
    @EventHandler
    void on(CaseReopened event) {
        writes.inOrder(
                event.familyId(), "UPDATE insight_case SET closed_on = NULL WHERE family_id = ?", event.familyId());
    }

    private void knownCase(String familyId, String council) {
        writes.inOrder(
                familyId,
                "INSERT INTO insight_case (family_id, council) VALUES (?, ?) ON CONFLICT DO NOTHING",
                familyId,
                council);
    }

    private void event(String familyId, long sequence, String kind, LocalDate on) {
        writes.insert(
                "INSERT INTO insight_event (family_id, sequence, kind, on_date) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                familyId,
                sequence,
                kind,
                on);
    }
}
