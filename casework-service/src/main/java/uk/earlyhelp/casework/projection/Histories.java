package uk.earlyhelp.casework.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.earlyhelp.casework.domain.caserecord.GoalStatus;
import uk.earlyhelp.casework.domain.familystar.JourneyOfChangeStage;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** Queries on the plan-history read model and the case list. */
@ApplicationScoped
public class Histories {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

    @Inject
    Jdbc jdbc;

    @Inject
    ObjectMapper json;

    /** The council a family's case belongs to, if casework knows the family. */
    public Optional<String> councilOf(String familyId) {
        return jdbc.queryOne(
                "SELECT council FROM family_case WHERE family_id = ?", row -> row.getString("council"), familyId);
    }

    public Optional<FamilyHistory> forFamily(String familyId) {
        return jdbc.queryOne("SELECT * FROM family_case WHERE family_id = ?", Histories::summary, familyId)
                .map(found -> new FamilyHistory(
                        familyId,
                        found.council(),
                        found.stage(),
                        found.eligibility(),
                        found.leadPractitioner(),
                        found.attachedOn(),
                        problemsAtAttachment(familyId),
                        found.closureReason(),
                        personalDataErased(familyId),
                        familyStar(familyId),
                        openGoals(familyId),
                        entries(familyId)));
    }

    /** A council's cases, optionally of one stage and one lead practitioner, by family id. */
    public CasePage list(String council, String stage, String practitioner, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE council = ?");
        List<Object> parameters = new ArrayList<>(List.of(council));
        if (stage != null) {
            where.append(" AND stage = ?");
            parameters.add(stage);
        }
        if (practitioner != null) {
            where.append(" AND lead_practitioner = ?");
            parameters.add(practitioner);
        }
        long total = jdbc.queryOne(
                        "SELECT count(*) AS n FROM family_case" + where, row -> row.getLong("n"), parameters.toArray())
                .orElse(0L);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(size);
        paged.add((long) page * size);
        List<CaseSummary> items = jdbc.query(
                "SELECT * FROM family_case" + where + " ORDER BY family_id LIMIT ? OFFSET ?",
                Histories::summary,
                paged.toArray());
        return new CasePage(page, size, total, items);
    }

    private static CaseSummary summary(ResultSet row) throws SQLException {
        return new CaseSummary(
                row.getString("family_id"),
                row.getString("council"),
                row.getString("stage"),
                row.getString("eligibility"),
                row.getString("lead_practitioner"),
                date(row, "attached_on"),
                row.getString("closure_reason"));
    }

    private boolean personalDataErased(String familyId) {
        return jdbc.queryOne(
                        "SELECT personal_data_erased FROM family_case WHERE family_id = ?",
                        row -> row.getBoolean(1),
                        familyId)
                .orElse(false);
    }

    private List<String> problemsAtAttachment(String familyId) {
        return jdbc.queryOne(
                        "SELECT problems_at_attachment FROM family_case WHERE family_id = ?",
                        row -> Jdbc.strings(row, "problems_at_attachment"),
                        familyId)
                .orElse(List.of());
    }

    private List<FamilyHistory.DomainReadings> familyStar(String familyId) {
        record Reading(String domain, int reading, LocalDate on) {}
        List<Reading> readings = jdbc.query(
                "SELECT domain, reading, assessed_on FROM family_star_reading WHERE family_id = ?"
                        + " ORDER BY assessed_on, sequence",
                row -> new Reading(row.getString("domain"), row.getInt("reading"), date(row, "assessed_on")),
                familyId);
        Map<String, Reading> first = new LinkedHashMap<>();
        Map<String, Reading> latest = new LinkedHashMap<>();
        for (Reading reading : readings) {
            first.putIfAbsent(reading.domain(), reading);
            latest.put(reading.domain(), reading);
        }
        return first.keySet().stream()
                .sorted()
                .map(domain -> {
                    Reading from = first.get(domain);
                    Reading to = latest.get(domain);
                    return new FamilyHistory.DomainReadings(
                            domain,
                            from.reading(),
                            from.on(),
                            JourneyOfChangeStage.of(from.reading()).name(),
                            to.reading(),
                            to.on(),
                            JourneyOfChangeStage.of(to.reading()).name());
                })
                .toList();
    }

    private List<FamilyHistory.OpenGoal> openGoals(String familyId) {
        return jdbc.query(
                "SELECT * FROM plan_goal WHERE family_id = ? AND status IN (?, ?) ORDER BY sequence, problem, goal_id",
                row -> new FamilyHistory.OpenGoal(
                        row.getString("goal_id"),
                        row.getString("problem"),
                        row.getString("description"),
                        row.getString("status"),
                        date(row, "agreed_on")),
                familyId,
                GoalStatus.NOT_STARTED,
                GoalStatus.IN_PROGRESS);
    }

    private List<HistoryEntry> entries(String familyId) {
        return jdbc.query(
                "SELECT * FROM history_entry WHERE family_id = ? ORDER BY sequence",
                row -> new HistoryEntry(
                        row.getLong("sequence"),
                        row.getString("type"),
                        Jdbc.instant(row, "occurred_at"),
                        row.getString("actor"),
                        row.getString("summary"),
                        details(row.getString("details"))),
                familyId);
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private Map<String, Object> details(String text) {
        try {
            return json.readValue(text, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
