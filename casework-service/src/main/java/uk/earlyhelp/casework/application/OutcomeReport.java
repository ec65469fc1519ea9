package uk.earlyhelp.casework.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.earlyhelp.casework.domain.familystar.Band;
import uk.earlyhelp.casework.domain.outcomes.FamilyOutcome;
import uk.earlyhelp.casework.domain.outcomes.OutcomeRules;
import uk.earlyhelp.contracts.FamilyStarDomain;

/**
 * The outcomes dashboard's figures (docs/domain.md, "Outcomes dashboard") for a set of families; the field names are
 * the JSON contract. Rates are percentages to one decimal, like the domain figures.
 */
public record OutcomeReport(
        int measuredFamilies,
        Share anyDomainProgress,
        Map<FamilyStarDomain, Share> domains,
        Map<Band, Map<Band, Integer>> progressMatrix,
        double reReferralRate,
        double stepUpRate,
        Double medianDaysToClosure,
        int openOverAYear) {

    public record Share(int count, double percent) {}

    public static OutcomeReport of(List<FamilyOutcome> families, LocalDate today) {
        Map<FamilyStarDomain, Integer> progressedBy = new LinkedHashMap<>();
        for (FamilyStarDomain domain : FamilyStarDomain.values()) {
            progressedBy.put(domain, 0);
        }
        Map<Band, Map<Band, Integer>> matrix = new LinkedHashMap<>();
        for (Band first : Band.values()) {
            Map<Band, Integer> row = new LinkedHashMap<>();
            for (Band latest : Band.values()) {
                row.put(latest, 0);
            }
            matrix.put(first, row);
        }
        int measured = 0;
        int anyProgress = 0;
        int referrals = 0;
        int reReferrals = 0;
        int steppedUp = 0;
        int openOverAYear = 0;
        List<Long> daysToClosure = new ArrayList<>();
        for (FamilyOutcome family : families) {
            if (OutcomeRules.measured(family.assessments().size())) {
                measured++;
                // Stable sort: assessments of the same day keep the order they were recorded in.
                List<FamilyOutcome.Assessment> byDate = family.assessments().stream()
                        .sorted(Comparator.comparing(FamilyOutcome.Assessment::assessedOn))
                        .toList();
                var first = byDate.getFirst().readings();
                var latest = byDate.getLast().readings();
                boolean any = false;
                for (var reading : first.entrySet()) {
                    Integer later = latest.get(reading.getKey());
                    if (later != null && OutcomeRules.progressed(reading.getValue(), later)) {
                        progressedBy.merge(reading.getKey(), 1, Integer::sum);
                        any = true;
                    }
                }
                if (any) {
                    anyProgress++;
                }
                matrix.get(Band.of(first.values())).merge(Band.of(latest.values()), 1, Integer::sum);
            }
            for (LocalDate referredOn : family.referrals()) {
                referrals++;
                if (OutcomeRules.reReferral(referredOn, family.closures())) {
                    reReferrals++;
                }
            }
            if (OutcomeRules.steppedUp(family.attachedOn(), family.closedOn(), family.stepUps())) {
                steppedUp++;
            }
            if (family.closedOn() != null) {
                daysToClosure.add(ChronoUnit.DAYS.between(family.attachedOn(), family.closedOn()));
            }
            if (OutcomeRules.openOverAYear(family.attachedOn(), family.closedOn(), today)) {
                openOverAYear++;
            }
        }
        Map<FamilyStarDomain, Share> domains = new LinkedHashMap<>();
        int measuredFamilies = measured;
        progressedBy.forEach((domain, count) ->
                domains.put(domain, new Share(count, OutcomeRules.percent(count, measuredFamilies))));
        return new OutcomeReport(
                measured,
                new Share(anyProgress, OutcomeRules.percent(anyProgress, measured)),
                domains,
                matrix,
                OutcomeRules.percent(reReferrals, referrals),
                OutcomeRules.percent(steppedUp, families.size()),
                OutcomeRules.median(daysToClosure),
                openOverAYear);
    }

    /**
     * Every figure as {@code path,value} rows, the paths those of the JSON
     * (e.g. {@code domains.HOME_AND_MONEY.percent}).
     */
    public List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("measuredFamilies", measuredFamilies));
        rows.add(row("anyDomainProgress.count", anyDomainProgress.count()));
        rows.add(row("anyDomainProgress.percent", anyDomainProgress.percent()));
        domains.forEach((domain, share) -> {
            rows.add(row("domains." + domain + ".count", share.count()));
            rows.add(row("domains." + domain + ".percent", share.percent()));
        });
        progressMatrix.forEach((first, row) ->
                row.forEach((latest, count) -> rows.add(row("progressMatrix." + first + "." + latest, count))));
        rows.add(row("reReferralRate", reReferralRate));
        rows.add(row("stepUpRate", stepUpRate));
        rows.add(row("medianDaysToClosure", medianDaysToClosure));
        rows.add(row("openOverAYear", openOverAYear));
        return rows;
    }

    private static String[] row(String path, Object value) {
        return new String[] {path, value == null ? "" : value.toString()};
    }
}
