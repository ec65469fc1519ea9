package uk.earlyhelp.casework.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** Queries on the plan-history read model. */
@ApplicationScoped
public class Histories {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

    private final Jdbc jdbc;
    private final ObjectMapper json;

    Histories(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<FamilyHistory> forFamily(String familyId) {
        return jdbc.queryOne(
                        "SELECT * FROM family_case WHERE family_id = ?",
                        row -> new FamilyHistory(
                                familyId,
                                row.getString("council"),
                                row.getString("stage"),
                                row.getString("eligibility"),
                                List.of()),
                        familyId)
                .map(found -> new FamilyHistory(
                        familyId, found.council(), found.stage(), found.eligibility(), entries(familyId)));
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

    private Map<String, Object> details(String text) {
        try {
            return json.readValue(text, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
