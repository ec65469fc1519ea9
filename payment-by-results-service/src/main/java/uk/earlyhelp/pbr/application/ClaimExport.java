package uk.earlyhelp.pbr.application;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.earlyhelp.contracts.ClaimRoute;
import uk.earlyhelp.contracts.HeadlineProblem;
import uk.earlyhelp.pbr.domain.rules.ProvingPeriod;
import uk.earlyhelp.pbr.projection.ClaimBatchView;

/**
 * A batch's export for the ministry (docs/domain.md, "Payment by results"): one row per family with the council code, the family
 * reference (the family's id: a random UUID, never a name), attachment date, route, the six problem flags
 * at attachment, the qualifying outcome or employment dates and the amount in pounds; then a totals line
 * and the council's progress to target. A claim submitted earlier that no longer rests on proof (an outcome it needed
 * was retracted) follows the families as a negative adjustment line, route {@code ADJUSTMENT}, with the batch it
 * was claimed in and the reason. As JSON, or as CSV per RFC 4180 (UTF-8, CRLF, header row, fields
 * quoted where they hold a comma, quote or line break; every line has the same number of fields).
 */
public record ClaimExport(
        String batchId,
        String council,
        LocalDate windowEnd,
        String state,
        List<Row> rows,
        List<AdjustmentRow> adjustments,
        Totals totals,
        Progress progress) {

    public record Row(
            String councilCode,
            String familyReference,
            LocalDate attachmentDate,
            ClaimRoute route,
            Map<HeadlineProblem, Boolean> problemsAtAttachment,
            String qualifyingDates,
            String ruleVersion,
            String amountPounds) {}

    public record AdjustmentRow(
            String councilCode, String familyReference, String claimedInBatch, String reason, String amountPounds) {}

    public record Totals(int families, String amountPounds) {}

    static final List<String> HEADER = header();

    public static ClaimExport of(ClaimBatchView batch, Progress progress) {
        List<Row> rows = batch.entries().stream()
                .map(family -> new Row(
                        batch.council(),
                        family.familyId(),
                        family.attachedOn(),
                        family.route(),
                        flags(family.problemsAtAttachment()),
                        family.proof().stream().map(ClaimExport::proof).collect(Collectors.joining("; ")),
                        family.ruleVersion() == null ? "" : family.ruleVersion(),
                        pounds(family.amountPence())))
                .toList();
        return new ClaimExport(
                batch.batchId(),
                batch.council(),
                batch.windowEnd(),
                batch.state().name(),
                rows,
                batch.adjustments().stream()
                        .map(adjustment -> new AdjustmentRow(
                                batch.council(),
                                adjustment.familyId(),
                                adjustment.claimedInBatch(),
                                adjustment.reason(),
                                pounds(adjustment.amountPence())))
                        .toList(),
                new Totals(batch.families(), pounds(batch.totalPence())),
                progress);
    }

    /** The whole CSV as text (tests, small batches); the API streams it with {@link #writeCsv}. */
    public String toCsv() {
        StringWriter csv = new StringWriter();
        try {
            writeCsv(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    /** Writes the CSV line by line, so that a national batch is never held as one string. */
    public void writeCsv(Writer csv) throws IOException {
        line(csv, HEADER);
        for (Row row : rows) {
            List<String> fields = new ArrayList<>();
            fields.add(row.councilCode());
            fields.add(row.familyReference());
            fields.add(row.attachmentDate().toString());
            fields.add(row.route().name());
            row.problemsAtAttachment().values().forEach(flag -> fields.add(flag ? "Y" : "N"));
            fields.add(row.qualifyingDates());
            fields.add(row.ruleVersion());
            fields.add(row.amountPounds());
            line(csv, fields);
        }
        for (AdjustmentRow adjustment : adjustments) {
            List<String> fields = new ArrayList<>(List.of(
                    adjustment.councilCode(), adjustment.familyReference(), "", "ADJUSTMENT", "", "", "", "", "", ""));
            fields.add("Claimed in batch " + adjustment.claimedInBatch() + "; " + adjustment.reason());
            fields.add("");
            fields.add(adjustment.amountPounds());
            line(csv, fields);
        }
        line(
                csv,
                padded(
                        "TOTAL",
                        totals.families() + (totals.families() == 1 ? " family" : " families"),
                        totals.amountPounds()));
        line(csv, padded("PROGRESS TO TARGET", progress.summary(), ""));
        csv.flush();
    }

    private static List<String> padded(String first, String second, String last) {
        List<String> fields = new ArrayList<>();
        fields.add(first);
        fields.add(second);
        while (fields.size() < HEADER.size() - 1) {
            fields.add("");
        }
        fields.add(last);
        return fields;
    }

    private static void line(Writer csv, List<String> fields) throws IOException {
        csv.write(fields.stream().map(ClaimExport::field).collect(Collectors.joining(",")));
        csv.write("\r\n");
    }

    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static Map<HeadlineProblem, Boolean> flags(List<HeadlineProblem> problems) {
        Map<HeadlineProblem, Boolean> flags = new LinkedHashMap<>();
        for (HeadlineProblem problem : HeadlineProblem.values()) {
            flags.put(problem, problems.contains(problem));
        }
        return flags;
    }

    /**
     * One proving period as an auditor re-checks it: what it proves, its dates, and casework's id of the outcome
     * (where its evidence is) or of the employment spell, e.g. "CRIME_ASB 2025-02-01 to 2025-08-01 (outcome o-1)".
     */
    private static String proof(ProvingPeriod period) {
        String reference = period.reference() == null
                ? ""
                : (period.basis().startsWith("EMPLOYMENT_") ? " (employment " : " (outcome ") + period.reference()
                        + ")";
        return period.basis() + " " + period.from() + " to " + period.to() + reference;
    }

    /** Pence as pounds with two decimals, e.g. 80000 as "800.00". */
    public static String pounds(long pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("council_code", "family_reference", "attachment_date", "route"));
        Arrays.stream(HeadlineProblem.values())
                .map(p -> p.name().toLowerCase(java.util.Locale.ROOT))
                .forEach(header::add);
        header.add("qualifying_dates");
        header.add("rule_version");
        header.add("amount_gbp");
        return List.copyOf(header);
    }
}
