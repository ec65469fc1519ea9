package uk.earlyhelp.casework.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import uk.earlyhelp.platform.jdbc.BatchedWrites;
import uk.earlyhelp.platform.jdbc.Jdbc;

/**
 * Who waits for a lead practitioner in each team, and each practitioner's open cases (table {@code case_allocation}).
 * Its projection's changes to a family's row go with the processor batch, in order per family ({@link BatchedWrites}).
 */
@ApplicationScoped
public class Allocations {

    public record Waiting(String familyId, String team, LocalDate acceptedOn, List<String> problems) {}

    public record Caseload(String leadPractitioner, String team, int openCases, List<String> familyIds) {}

    @Inject
    Jdbc jdbc;

    @Inject
    BatchedWrites writes;

    /** Accepted for Early Help for {@code team} (or, with a null team, triaged to something else: out of any queue). */
    public void triaged(String familyId, String council, String team, LocalDate acceptedOn, List<String> problems) {
        writes.inOrder(familyId, """
                INSERT INTO case_allocation (family_id, council, team, accepted_on, problems) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (family_id) DO UPDATE SET team = EXCLUDED.team, accepted_on = EXCLUDED.accepted_on,
                  problems = EXCLUDED.problems""", familyId, council, team, acceptedOn, problems);
    }

    public void allocated(String familyId, String council, String leadPractitioner) {
        writes.inOrder(familyId, """
                INSERT INTO case_allocation (family_id, council, lead_practitioner) VALUES (?, ?, ?)
                ON CONFLICT (family_id) DO UPDATE SET lead_practitioner = EXCLUDED.lead_practitioner""", familyId, council, leadPractitioner);
    }

    public void open(String familyId, boolean open) {
        writes.inOrder(familyId, "UPDATE case_allocation SET open = ? WHERE family_id = ?", open, familyId);
    }

    /** The council's families waiting for a lead practitioner, in {@code team} if given, the longest waiting first. */
    public List<Waiting> queue(String council, String team) {
        return jdbc.query(
                """
                SELECT family_id, team, accepted_on, problems FROM case_allocation
                WHERE council = ? AND (?::text IS NULL OR team = ?) AND team IS NOT NULL AND accepted_on IS NOT NULL
                  AND lead_practitioner IS NULL AND open
                ORDER BY accepted_on, family_id""",
                row -> new Waiting(
                        row.getString("family_id"),
                        row.getString("team"),
                        row.getObject("accepted_on", LocalDate.class),
                        Jdbc.strings(row, "problems")),
                council,
                team,
                team);
    }

    /** Each lead practitioner's open cases in the council (in {@code team}, if given), the busiest first. */
    public List<Caseload> caseloads(String council, String team) {
        return jdbc.query(
                """
                SELECT lead_practitioner, team, count(*) AS open_cases, array_agg(family_id ORDER BY family_id) AS families
                FROM case_allocation
                WHERE council = ? AND (?::text IS NULL OR team = ?) AND lead_practitioner IS NOT NULL AND open
                GROUP BY lead_practitioner, team
                ORDER BY open_cases DESC, lead_practitioner""",
                row -> new Caseload(
                        row.getString("lead_practitioner"),
                        row.getString("team"),
                        row.getInt("open_cases"),
                        Jdbc.strings(row, "families")),
                council,
                team,
                team);
    }
}
