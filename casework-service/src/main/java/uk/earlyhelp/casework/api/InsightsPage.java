package uk.earlyhelp.casework.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.earlyhelp.casework.application.OutcomeReport;
import uk.earlyhelp.casework.domain.familystar.Band;

/**
 * What the {@code /insights} page shows, worked out in Java so that the template only lays it out and the
 * figures read the same without JavaScript. {@code report} is null when there is nothing to show (signed
 * out, wrong role, bad period); {@code signIn} asks for a token instead of the period.
 */
public record InsightsPage(
        boolean signIn,
        String from,
        String to,
        String practitioner,
        List<String> practitioners,
        String message,
        OutcomeReport report,
        List<Figure> figures,
        List<DomainRow> domains,
        List<MatrixRow> matrix) {

    public record Figure(String id, String label, String value) {}

    public record DomainRow(String code, String label, int count, double percent) {}

    public record MatrixRow(String band, List<MatrixCell> cells) {}

    /** A heat-map cell: deeper blue for more families, white text once the blue is dark enough to need it. */
    public record MatrixCell(String id, int count, String background, String colour) {}

    static InsightsPage signIn(String text) {
        return new InsightsPage(true, null, null, null, List.of(), text, null, List.of(), List.of(), List.of());
    }

    static InsightsPage badPeriod(
            String from, String to, String practitioner, List<String> practitioners, String text) {
        return new InsightsPage(
                false, from, to, practitioner, practitioners, text, null, List.of(), List.of(), List.of());
    }

    static InsightsPage of(
            String from, String to, String practitioner, List<String> practitioners, OutcomeReport report) {
        List<Figure> figures = List.of(
                new Figure(
                        "measuredFamilies",
                        "Measured families (2+ Family Star assessments)",
                        String.valueOf(report.measuredFamilies())),
                new Figure(
                        "anyDomainProgress",
                        "Progressed in at least one domain",
                        report.anyDomainProgress().percent() + "% ("
                                + report.anyDomainProgress().count() + ")"),
                new Figure("reReferralRate", "Re-referral rate", report.reReferralRate() + "%"),
                new Figure("stepUpRate", "Step-up rate", report.stepUpRate() + "%"),
                new Figure(
                        "medianDaysToClosure",
                        "Median days, attachment to closure",
                        report.medianDaysToClosure() == null
                                ? "none closed"
                                : String.valueOf(report.medianDaysToClosure())),
                new Figure("openOverAYear", "Cases open over a year", String.valueOf(report.openOverAYear())));
        List<DomainRow> domains = report.domains().entrySet().stream()
                .map(domain -> new DomainRow(
                        domain.getKey().name(),
                        label(domain.getKey().name()),
                        domain.getValue().count(),
                        domain.getValue().percent()))
                .toList();
        int most = report.progressMatrix().values().stream()
                .flatMap(row -> row.values().stream())
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        List<MatrixRow> matrix = new ArrayList<>();
        for (Map.Entry<Band, Map<Band, Integer>> first : report.progressMatrix().entrySet()) {
            List<MatrixCell> cells = new ArrayList<>();
            first.getValue().forEach((latest, count) -> {
                double share = count / (double) Math.max(1, most);
                cells.add(new MatrixCell(
                        "matrix-" + first.getKey() + "-" + latest,
                        count,
                        String.format(Locale.ROOT, "rgba(29, 112, 184, %.2f)", 0.1 + 0.9 * share),
                        share > 0.7 ? "#fff" : "#0b0c0c"));
            });
            matrix.add(new MatrixRow(first.getKey().name(), cells));
        }
        return new InsightsPage(
                false, from, to, practitioner, practitioners, null, report, figures, domains, List.copyOf(matrix));
    }

    /** The CSV download of the same scope, on the page's own route (the page's session cookie opens no API). */
    public String csvHref() {
        StringBuilder href = new StringBuilder("/insights/outcomes.csv");
        for (String[] parameter : new String[][] {{"from", from}, {"to", to}, {"practitioner", practitioner}}) {
            if (parameter[1] != null && !parameter[1].isBlank()) {
                href.append(href.indexOf("?") < 0 ? '?' : '&')
                        .append(parameter[0])
                        .append('=')
                        .append(URLEncoder.encode(parameter[1], StandardCharsets.UTF_8));
            }
        }
        return href.toString();
    }

    private static String label(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
