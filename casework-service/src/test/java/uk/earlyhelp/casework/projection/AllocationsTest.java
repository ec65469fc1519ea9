package uk.earlyhelp.casework.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.earlyhelp.platform.jdbc.Jdbc;
import uk.earlyhelp.platform.testing.EarlyHelpTestResource;
import uk.earlyhelp.platform.testing.ProjectionReplay;
import uk.earlyhelp.platform.testing.TestTokens;

/**
 * The allocation queue's writes go with their event processor's batch (BatchedWrites): a family's changes handled in
 * one batch must leave its row as handling them one at a time does, whatever statements they are.
 */
@QuarkusTest
@WithTestResource(EarlyHelpTestResource.class)
class AllocationsTest {

    @Inject
    Allocations allocations;

    @Inject
    Jdbc jdbc;

    @Test
    void aFamilysChangesInOneProcessorBatchLeaveTheRowThatOneAtATimeLeaves() {
        String inOneBatch = UUID.randomUUID().toString();
        String oneAtATime = UUID.randomUUID().toString();

        ProjectionReplay.inOneProcessorBatch(() -> changes(inOneBatch));
        changes(oneAtATime);

        String row = row(oneAtATime);
        assertTrue(row.contains("open=f"), row);
        assertEquals(row, row(inOneBatch));
    }

    /** Attached with a lead practitioner, accepted for a team, then closed: each changes the row the one before made. */
    private void changes(String familyId) {
        allocations.allocated(familyId, TestTokens.COUNCIL, "worker-1");
        allocations.triaged(familyId, TestTokens.COUNCIL, "team-1", LocalDate.of(2026, 11, 2), List.of("HEALTH"));
        allocations.open(familyId, false);
    }

    private String row(String familyId) {
        return jdbc.queryOne(
                        "SELECT team, accepted_on, problems, lead_practitioner, open FROM case_allocation"
                                + " WHERE family_id = ?",
                        r -> "team=" + r.getString(1) + "|accepted_on=" + r.getString(2) + "|problems=" + r.getString(3)
                                + "|lead=" + r.getString(4) + "|open=" + r.getString(5),
                        familyId)
                .orElse("no row");
    }
}
