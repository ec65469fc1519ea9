package uk.earlyhelp.casework.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.earlyhelp.casework.domain.outcomes.FamilyOutcome;
import uk.earlyhelp.contracts.FamilyStarDomain;
import uk.earlyhelp.platform.jdbc.Jdbc;

/** Reads the insights tables into the facts the outcomes report is computed from. */
@ApplicationScoped
public class Insights {

    @Inject
    Jdbc jdbc;

    /**
     * The council's attached families whose attachment date is in {@code [from, to]} (either end open when
     * null), of one lead practitioner when {@code practitioner} is not null.
     */
    public List<FamilyOutcome> families(String council, LocalDate from, LocalDate to, String practitioner) {
        Map<String, Facts> byFamily = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder(
                "SELECT family_id, attached_on, closed_on FROM insight_case WHERE council = ? AND attached_on IS NOT NULL");
        List<Object> parameters = new ArrayList<>(List.of(council));
        if (from != null) {
            sql.append(" AND attached_on >= ?");
            parameters.add(from);
        }
        if (to != null) {
            sql.append(" AND attached_on <= ?");
            parameters.add(to);
        }
        if (practitioner != null) {
            sql.append(" AND lead_practitioner = ?");
            parameters.add(practitioner);
        }
        jdbc.query(
                sql.append(" ORDER BY family_id").toString(),
                row -> byFamily.put(
                        row.getString("family_id"),
                        new Facts(date(row.getDate("attached_on")), date(row.getDate("closed_on")))),
                parameters.toArray());
        if (byFamily.isEmpty()) {
            return List.of();
        }
        List<String> ids = List.copyOf(byFamily.keySet());
        jdbc.query(
                "SELECT family_id, kind, on_date FROM insight_event WHERE family_id = ANY(?) ORDER BY family_id, sequence",
                row -> {
                    Facts facts = byFamily.get(row.getString("family_id"));
                    LocalDate on = date(row.getDate("on_date"));
                    switch (row.getString("kind")) {
                        case InsightsProjection.REFERRAL -> facts.referrals.add(on);
                        case InsightsProjection.CLOSURE -> facts.closures.add(on);
                        case InsightsProjection.STEP_UP -> facts.stepUps.add(on);
                        default -> throw new IllegalStateException("Unknown insight event " + row.getString("kind"));
                    }
                    return on;
                },
                ids);
        jdbc.query(
                """
                SELECT family_id, sequence, assessed_on, domain, reading FROM insight_reading
                WHERE family_id = ANY(?) ORDER BY family_id, sequence""",
                row -> {
                    Facts facts = byFamily.get(row.getString("family_id"));
                    long sequence = row.getLong("sequence");
                    Reading reading = facts.assessments.get(sequence);
                    if (reading == null) {
                        reading = new Reading(date(row.getDate("assessed_on")), new EnumMap<>(FamilyStarDomain.class));
                        facts.assessments.put(sequence, reading);
                    }
                    reading.readings().put(FamilyStarDomain.valueOf(row.getString("domain")), row.getInt("reading"));
                    return facts;
                },
                ids);
        List<FamilyOutcome> families = new ArrayList<>();
        byFamily.forEach((familyId, facts) -> families.add(new FamilyOutcome(
                familyId,
                facts.attachedOn,
                facts.closedOn,
                facts.closures,
                facts.referrals,
                facts.stepUps,
                facts.assessments.values().stream()
                        .map(reading -> new FamilyOutcome.Assessment(reading.assessedOn(), reading.readings()))
                        .toList())));
        return families;
    }

    public List<String> practitioners(String council) {
        return jdbc.query("""
                SELECT DISTINCT lead_practitioner FROM insight_case
                WHERE council = ? AND attached_on IS NOT NULL AND lead_practitioner IS NOT NULL
                ORDER BY lead_practitioner""", row -> row.getString(1), council);
    }

    private record Reading(LocalDate assessedOn, Map<FamilyStarDomain, Integer> readings) {}

    private static final class Facts {
        final LocalDate attachedOn;
        final LocalDate closedOn;
        final List<LocalDate> referrals = new ArrayList<>();
        final List<LocalDate> closures = new ArrayList<>();
        final List<LocalDate> stepUps = new ArrayList<>();
        final Map<Long, Reading> assessments = new LinkedHashMap<>();

        Facts(LocalDate attachedOn, LocalDate closedOn) {
            this.attachedOn = attachedOn;
            this.closedOn = closedOn;
        }
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
