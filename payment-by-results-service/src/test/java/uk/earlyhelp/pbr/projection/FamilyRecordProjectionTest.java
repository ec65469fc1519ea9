package uk.earlyhelp.pbr.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.contracts.Decision;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.pbr.domain.claimrecord.AttachmentNoted;
import uk.earlyhelp.pbr.domain.claimrecord.EligibilityNoted;
import uk.earlyhelp.pbr.domain.claimrecord.OutcomeNoted;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.ProjectionReplay;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * A family's claim facts are folded with their processor's batch: read once, kept as folded for the family's next
 * event in the batch, written with the batch (BatchedWrites). Its events in one batch must leave the row that
 * handling them one at a time leaves.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class FamilyRecordProjectionTest {

    static final List<HeadlineProblem> PROBLEMS = List.of(HeadlineProblem.CRIME_ASB, HeadlineProblem.HEALTH);

    @Inject
    FamilyRecordProjection projection;

    @Inject
    Jdbc jdbc;

    @Test
    void aFamilysEventsInOneProcessorBatchLeaveTheRowThatOneAtATimeLeaves() {
        String inOneBatch = UUID.randomUUID().toString();
        String oneAtATime = UUID.randomUUID().toString();

        ProjectionReplay.inOneProcessorBatch(() -> handle(inOneBatch));
        handle(oneAtATime);

        String row = row(oneAtATime);
        assertTrue(row.contains("attached_while_eligible=t") && row.contains("evidence_at=2025-08-04"), row);
        assertEquals(row, row(inOneBatch));
    }

    /** Decided eligible, attached, then an outcome: each folds into the facts the one before left. */
    private void handle(String familyId) {
        String council = TestTokens.COUNCIL;
        projection.on(new EligibilityNoted(
                familyId,
                council,
                "decision-" + familyId,
                Decision.ELIGIBLE,
                PROBLEMS,
                Instant.parse("2025-01-02T10:00:00Z")));
        projection.on(new AttachmentNoted(
                familyId, council, LocalDate.of(2025, 1, 6), PROBLEMS, "decision-" + familyId, Decision.ELIGIBLE));
        projection.on(
                new OutcomeNoted(
                        familyId,
                        council,
                        "outcome-" + familyId,
                        HeadlineProblem.CRIME_ASB,
                        LocalDate.of(2025, 2, 1),
                        LocalDate.of(2025, 8, 1),
                        LocalDate.of(2025, 8, 4)),
                Instant.parse("2025-08-04T09:00:00Z"));
    }

    /** The family's row, its id taken out so that two families' rows compare. */
    private String row(String familyId) {
        return jdbc.queryOne(
                        "SELECT council, attached_on, attached_while_eligible, claimed_batch_id, facts::text,"
                                + " evidence_at AT TIME ZONE 'UTC' FROM pbr_family WHERE family_id = ?",
                        r -> ("council=" + r.getString(1) + "|attached_on=" + r.getString(2)
                                        + "|attached_while_eligible=" + r.getString(3) + "|claimed=" + r.getString(4)
                                        + "|facts=" + r.getString(5) + "|evidence_at=" + r.getString(6))
                                .replace(familyId, "<family>"),
                        familyId)
                .orElse("no row");
    }
}
