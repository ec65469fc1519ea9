package uk.earlyhelp.casework.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import uk.earlyhelp.casework.domain.caserecord.AssessmentRecorded;
import uk.earlyhelp.casework.domain.caserecord.CaseClosed;
import uk.earlyhelp.casework.domain.caserecord.CaseReopened;
import uk.earlyhelp.casework.domain.caserecord.CaseStage;
import uk.earlyhelp.casework.domain.caserecord.EligibilityNoted;
import uk.earlyhelp.casework.domain.caserecord.EmploymentEnded;
import uk.earlyhelp.casework.domain.caserecord.EmploymentStarted;
import uk.earlyhelp.casework.domain.caserecord.FamilyAttached;
import uk.earlyhelp.casework.domain.caserecord.GoalStatus;
import uk.earlyhelp.casework.domain.caserecord.LeadPractitionerAllocated;
import uk.earlyhelp.casework.domain.caserecord.MergeNoted;
import uk.earlyhelp.casework.domain.caserecord.OutcomeRecorded;
import uk.earlyhelp.casework.domain.caserecord.OutcomeRetracted;
import uk.earlyhelp.casework.domain.caserecord.PersonalDataErased;
import uk.earlyhelp.casework.domain.caserecord.PlanAgreed;
import uk.earlyhelp.casework.domain.caserecord.PlanGoal;
import uk.earlyhelp.casework.domain.caserecord.PlanReviewed;
import uk.earlyhelp.casework.domain.caserecord.ReferralNoted;
import uk.earlyhelp.casework.domain.caserecord.SteppedDown;
import uk.earlyhelp.casework.domain.caserecord.SteppedUp;
import uk.earlyhelp.casework.domain.caserecord.TriageNoted;
import uk.earlyhelp.platform.jdbc.BatchedWrites;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * Keeps {@code family_case}, {@code history_entry}, {@code family_star_reading} and {@code plan_goal} from
 * the case events. Rows are keyed by the event's sequence in its case, so a replay writes the same rows
 * and nothing twice, and a family's events handled again in order leave its rows as they were; a rebuild
 * replays every event into fresh copies of the tables (platform's {@code ProjectionRebuilds}). Writes go in JDBC batches as the processor's batch commits ({@link BatchedWrites}):
 * history entries and readings, which nothing here reads back, in any order; a family's case row and goals in the
 * order of its events.
 */
@Singleton
@ProcessingGroup(HistoryProjection.PROCESSING_GROUP)
public class HistoryProjection {

    public static final String PROCESSING_GROUP = "family-history";

    /** The read-model tables this projection owns, with the columns that order their rows. */
    public static final Map<String, String> TABLES = Map.of(
            "family_case", "family_id",
            "history_entry", "family_id, sequence",
            "family_star_reading", "family_id, sequence, domain",
            "plan_goal", "goal_id");

    @Inject
    Jdbc jdbc;

    @Inject
    BatchedWrites writes;

    @Inject
    ObjectMapper json;

    @EventHandler
    void on(ReferralNoted event, @SequenceNumber long sequence) {
        upsertCase(event.familyId(), event.council(), CaseStage.REFERRED, null, true);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("referralId", event.referralId());
        details.put("problems", event.problems());
        details.put("safeguardingConcern", event.safeguardingConcern());
        entry(
                event.familyId(),
                sequence,
                "ReferralReceived",
                event.receivedAt(),
                event.agency(),
                "Referred by " + event.agency() + " with " + event.problems().size() + " headline problem(s)",
                details);
    }

    @EventHandler
    void on(EligibilityNoted event, @SequenceNumber long sequence) {
        upsertCase(
                event.familyId(),
                event.council(),
                event.stage(),
                event.decision().name(),
                false);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decisionId", event.decisionId());
        details.put("decision", event.decision());
        details.put("problemsCounted", event.problemsCounted());
        details.put("ruleVersion", event.ruleVersion());
        entry(
                event.familyId(),
                sequence,
                "EligibilityDecided",
                event.decidedAt(),
                "eligibility-service",
                event.reason(),
                details);
    }

    @EventHandler
    void on(MergeNoted event, @SequenceNumber long sequence) {
        upsertCase(event.familyId(), event.council(), CaseStage.REFERRED, null, true);
        boolean mergedAway = event.familyId().equals(event.mergedFamilyId());
        entry(
                event.familyId(),
                sequence,
                "FamiliesMerged",
                event.mergedAt(),
                "referral-service",
                mergedAway
                        ? "Found to be family " + event.intoFamilyId() + ": merged into it"
                        : "Family " + event.mergedFamilyId() + " was found to be this family and merged into it",
                Map.of("mergedFamilyId", event.mergedFamilyId(), "intoFamilyId", event.intoFamilyId()));
    }

    @EventHandler
    void on(TriageNoted event, @SequenceNumber long sequence) {
        upsertCase(event.familyId(), event.council(), CaseStage.REFERRED, null, true);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("triageId", event.triageId());
        details.put("outcome", event.outcome());
        details.put("team", event.team());
        details.put("signpostedTo", event.signpostedTo());
        String summary =
                switch (event.outcome()) {
                    case ACCEPT_FOR_EARLY_HELP -> "Accepted for Early Help: waits in team " + event.team() + "'s queue";
                    case SIGNPOST -> "Signposted to " + event.signpostedTo();
                    case STEP_UP_TO_SOCIAL_CARE -> "Stepped up to social care at triage";
                    case NO_FURTHER_ACTION -> "No further action at triage";
                };
        entry(event.familyId(), sequence, "FamilyTriaged", event.triagedAt(), event.triagedBy(), summary, details);
    }

    @EventHandler
    void on(LeadPractitionerAllocated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.inOrder(
                event.familyId(),
                "UPDATE family_case SET lead_practitioner = ? WHERE family_id = ?",
                event.leadPractitioner(),
                event.familyId());
        entry(
                event.familyId(),
                sequence,
                "LeadPractitionerAllocated",
                at,
                event.actor(),
                "Lead practitioner " + event.leadPractitioner(),
                Map.of("leadPractitioner", event.leadPractitioner()));
    }

    @EventHandler
    void on(FamilyAttached event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.inOrder(
                event.familyId(),
                """
                UPDATE family_case SET stage = ?, lead_practitioner = ?, attached_on = ?, problems_at_attachment = ?
                WHERE family_id = ?""",
                CaseStage.ATTACHED,
                event.leadPractitioner(),
                event.attachedOn(),
                event.problemsAtAttachment(),
                event.familyId());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("attachedOn", event.attachedOn().toString());
        details.put("leadPractitioner", event.leadPractitioner());
        details.put("problemsAtAttachment", event.problemsAtAttachment());
        details.put("eligibilityDecisionId", event.eligibilityDecisionId());
        entry(
                event.familyId(),
                sequence,
                "FamilyAttached",
                at,
                event.actor(),
                "Attached on " + event.attachedOn() + " with "
                        + event.problemsAtAttachment().size() + " problem(s)",
                details);
    }

    @EventHandler
    void on(AssessmentRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        event.readings()
                .forEach((domain, reading) -> writes.insert(
                        """
                        INSERT INTO family_star_reading (family_id, sequence, assessment_id, assessed_on, domain, reading)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", event.familyId(), sequence, event.assessmentId(), event.assessedOn(), domain, reading));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("assessmentId", event.assessmentId());
        details.put("assessedOn", event.assessedOn().toString());
        details.put("readings", event.readings());
        entry(
                event.familyId(),
                sequence,
                "AssessmentRecorded",
                at,
                event.actor(),
                "Family Star Plus assessment of " + event.assessedOn() + " in "
                        + event.readings().size() + " domain(s)",
                details);
    }

    /**
     * A new plan supersedes the goals of earlier ones that were not achieved. Only earlier ones: handled again (a
     * merge of the processor's segments hands a segment's events to the merged one again), the plan keeps its own
     * goals and the statuses its reviews gave them.
     */
    @EventHandler
    void on(PlanAgreed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.inOrder(
                event.familyId(),
                "UPDATE plan_goal SET status = 'SUPERSEDED' WHERE family_id = ? AND status <> ? AND sequence < ?",
                event.familyId(),
                GoalStatus.ACHIEVED,
                sequence);
        for (PlanGoal goal : event.goals()) {
            writes.inOrder(
                    event.familyId(),
                    """
                    INSERT INTO plan_goal (family_id, goal_id, sequence, problem, description, status, agreed_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    event.familyId(),
                    goal.goalId(),
                    sequence,
                    goal.problem(),
                    goal.description(),
                    GoalStatus.NOT_STARTED,
                    event.agreedOn());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("agreedOn", event.agreedOn().toString());
        details.put("goals", event.goals());
        entry(
                event.familyId(),
                sequence,
                "PlanAgreed",
                at,
                event.actor(),
                "Plan agreed with " + event.goals().size() + " goal(s)",
                details);
    }

    @EventHandler
    void on(PlanReviewed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        event.progress()
                .forEach(progress -> writes.inOrder(
                        event.familyId(),
                        "UPDATE plan_goal SET status = ? WHERE goal_id = ? AND family_id = ?",
                        progress.status(),
                        progress.goalId(),
                        event.familyId()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reviewedOn", event.reviewedOn().toString());
        details.put("progress", event.progress());
        entry(
                event.familyId(),
                sequence,
                "PlanReviewed",
                at,
                event.actor(),
                "Plan reviewed on " + event.reviewedOn(),
                details);
    }

    @EventHandler
    void on(OutcomeRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcomeId", event.outcomeId());
        details.put("problem", event.problem());
        details.put("additional", event.additional());
        details.put("sustainedFrom", event.sustainedFrom().toString());
        details.put("sustainedTo", event.sustainedTo().toString());
        details.put("evidence", event.evidence());
        entry(
                event.familyId(),
                sequence,
                "OutcomeRecorded",
                at,
                event.actor(),
                "Outcome for " + event.problem() + " sustained " + event.sustainedFrom() + " to " + event.sustainedTo(),
                details);
    }

    @EventHandler
    void on(OutcomeRetracted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcomeId", event.outcomeId());
        details.put("problem", event.problem());
        details.put("reason", event.reason());
        details.put("retractedOn", event.retractedOn().toString());
        entry(
                event.familyId(),
                sequence,
                "OutcomeRetracted",
                at,
                event.actor(),
                "Outcome for " + event.problem() + " retracted on " + event.retractedOn(),
                details);
    }

    @EventHandler
    void on(EmploymentStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("employmentId", event.employmentId());
        details.put("memberIndex", event.memberIndex());
        details.put("benefitBefore", event.benefitBefore());
        details.put("startedOn", event.startedOn().toString());
        entry(
                event.familyId(),
                sequence,
                "EmploymentStarted",
                at,
                event.actor(),
                "Member " + event.memberIndex() + " started work on " + event.startedOn(),
                details);
    }

    @EventHandler
    void on(EmploymentEnded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        entry(
                event.familyId(),
                sequence,
                "EmploymentEnded",
                at,
                event.actor(),
                "Employment ended on " + event.endedOn(),
                Map.of(
                        "employmentId",
                        event.employmentId(),
                        "endedOn",
                        event.endedOn().toString()));
    }

    @EventHandler
    void on(SteppedUp event, @SequenceNumber long sequence, @Timestamp Instant at) {
        stage(event.familyId(), CaseStage.STEPPED_UP);
        entry(
                event.familyId(),
                sequence,
                "SteppedUp",
                at,
                event.actor(),
                "Stepped up to social care on " + event.steppedUpOn(),
                Map.of("steppedUpOn", event.steppedUpOn().toString()));
    }

    @EventHandler
    void on(SteppedDown event, @SequenceNumber long sequence, @Timestamp Instant at) {
        stage(event.familyId(), event.stage());
        entry(
                event.familyId(),
                sequence,
                "SteppedDown",
                at,
                event.actor(),
                "Stepped down to Early Help on " + event.steppedDownOn(),
                Map.of("steppedDownOn", event.steppedDownOn().toString()));
    }

    @EventHandler
    void on(CaseClosed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.inOrder(
                event.familyId(),
                "UPDATE family_case SET stage = ?, closure_reason = ? WHERE family_id = ?",
                CaseStage.CLOSED,
                event.reason(),
                event.familyId());
        entry(
                event.familyId(),
                sequence,
                "CaseClosed",
                at,
                event.actor(),
                "Closed on " + event.closedOn() + ": " + event.reason(),
                Map.of("closedOn", event.closedOn().toString(), "reason", event.reason()));
    }

    @EventHandler
    void on(CaseReopened event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.inOrder(
                event.familyId(),
                "UPDATE family_case SET stage = ?, closure_reason = NULL WHERE family_id = ?",
                event.stage(),
                event.familyId());
        entry(
                event.familyId(),
                sequence,
                "CaseReopened",
                at,
                event.actor(),
                "Reopened on " + event.reopenedOn(),
                Map.of("reopenedOn", event.reopenedOn().toString()));
    }

    /**
     * Purges the family's personal fields (goal wording, outcome evidence) from every table here. It comes
     * after the family's other events, so a replay purges whatever it wrote before; and a replay reads those
     * fields as null anyway, the family's key being gone.
     */
    @EventHandler
    void on(PersonalDataErased event, @SequenceNumber long sequence) {
        // It reads the family's history entries, some perhaps written earlier in this batch.
        writes.flush();
        jdbc.update("UPDATE plan_goal SET description = NULL WHERE family_id = ?", event.familyId());
        jdbc.update("UPDATE family_case SET personal_data_erased = TRUE WHERE family_id = ?", event.familyId());
        List<String[]> entries = jdbc.query(
                "SELECT sequence, details FROM history_entry WHERE family_id = ? AND type IN ('PlanAgreed', 'OutcomeRecorded', 'OutcomeRetracted')",
                row -> new String[] {row.getString("sequence"), row.getString("details")},
                event.familyId());
        for (String[] entry : entries) {
            jdbc.update(
                    "UPDATE history_entry SET details = ?::jsonb WHERE family_id = ? AND sequence = ?",
                    withoutPersonalFields(entry[1]),
                    event.familyId(),
                    Long.parseLong(entry[0]));
        }
        entry(
                event.familyId(),
                sequence,
                "PersonalDataErased",
                event.erasedAt(),
                "data-protection",
                "Personal data erased",
                Map.of("erasedAt", event.erasedAt().toString()));
    }

    /** The details of a history entry without the outcome's evidence, a retraction's reason and goals' wording. */
    private String withoutPersonalFields(String details) {
        try {
            JsonNode tree = json.readTree(details);
            if (tree instanceof ObjectNode object && object.has("evidence")) {
                object.putNull("evidence");
            }
            if (tree instanceof ObjectNode object && object.has("reason")) {
                object.putNull("reason");
            }
            if (tree.get("goals") instanceof ArrayNode goals) {
                goals.forEach(goal -> ((ObjectNode) goal).putNull("description"));
            }
            return json.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void stage(String familyId, CaseStage stage) {
        writes.inOrder(familyId, "UPDATE family_case SET stage = ? WHERE family_id = ?", stage, familyId);
    }

    /** A referral moves the stage only for a family not yet decided; a decision always sets it. */
    private void upsertCase(String familyId, String council, CaseStage stage, String eligibility, boolean onlyIfNew) {
        writes.inOrder(familyId, """
                INSERT INTO family_case (family_id, council, stage, eligibility) VALUES (?, ?, ?, ?)
                ON CONFLICT (family_id) DO UPDATE SET
                  stage = CASE WHEN ? THEN family_case.stage ELSE EXCLUDED.stage END,
                  eligibility = COALESCE(EXCLUDED.eligibility, family_case.eligibility)""", familyId, council, stage, eligibility, onlyIfNew);
    }

    private void entry(
            String familyId,
            long sequence,
            String type,
            Instant occurredAt,
            String actor,
            String summary,
            Map<String, Object> details) {
        writes.insert("""
                INSERT INTO history_entry (family_id, sequence, type, occurred_at, actor, summary, details)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (family_id, sequence) DO NOTHING""", familyId, sequence, type, occurredAt, actor, summary, toJson(details));
    }

    private String toJson(Map<String, Object> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
