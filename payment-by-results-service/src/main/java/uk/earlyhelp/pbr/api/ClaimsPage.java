package uk.earlyhelp.pbr.api;

import java.util.List;
import java.util.stream.Collectors;
import uk.earlyhelp.pbr.application.ClaimBatchReading;
import uk.earlyhelp.pbr.application.ClaimExport;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchState;
import uk.earlyhelp.pbr.projection.ClaimBatchView;

/**
 * What the {@code /claims} page shows, worked out here so that the templates only lay it out. {@code signIn} asks
 * for a token instead; {@code message} is a refusal to show at the top.
 */
public record ClaimsPage(
        boolean signIn,
        String message,
        String council,
        String progress,
        List<ClaimBatchReading.Listed> batches,
        String windowEnd,
        ClaimBatchView batch,
        List<FamilyLine> families,
        List<SampleLine> sample,
        List<AdjustmentLine> adjustments,
        String total) {

    /** One family of a batch as the page lists it. */
    public record FamilyLine(
            String familyId, String route, String proof, String ruleVersion, String amount, boolean sampled) {}

    /** A claim submitted earlier, owed back in this batch. */
    public record AdjustmentLine(String familyId, String claimedInBatch, String amount, String reason) {}

    /** A family of the audit sample, with its spot check so far (null: none yet). */
    public record SampleLine(String familyId, String result, String note) {}

    static ClaimsPage signIn(String message) {
        return new ClaimsPage(true, message, null, null, List.of(), null, null, List.of(), List.of(), List.of(), null);
    }

    static ClaimsPage list(
            String council, List<ClaimBatchReading.Listed> batches, String progress, String message, String windowEnd) {
        return new ClaimsPage(
                false, message, council, progress, batches, windowEnd, null, List.of(), List.of(), List.of(), null);
    }

    static ClaimsPage batch(ClaimBatchView batch, String message) {
        List<FamilyLine> families = batch.entries().stream()
                .map(family -> new FamilyLine(
                        family.familyId(),
                        family.route().name(),
                        family.proof().stream()
                                .map(period -> period.basis() + " " + period.from() + " to " + period.to())
                                .collect(Collectors.joining("; ")),
                        family.ruleVersion(),
                        pounds(family.amountPence()),
                        family.auditSample()))
                .toList();
        List<SampleLine> sample = batch.auditSample().stream()
                .map(familyId -> batch.auditResults().stream()
                        .filter(audit -> audit.familyId().equals(familyId))
                        .findFirst()
                        .map(audit -> new SampleLine(familyId, audit.result().name(), audit.note()))
                        .orElse(new SampleLine(familyId, null, null)))
                .toList();
        return new ClaimsPage(
                false,
                message,
                batch.council(),
                null,
                List.of(),
                null,
                batch,
                families,
                sample,
                batch.adjustments().stream()
                        .map(adjustment -> new AdjustmentLine(
                                adjustment.familyId(),
                                adjustment.claimedInBatch(),
                                pounds(adjustment.amountPence()),
                                adjustment.reason()))
                        .toList(),
                pounds(batch.totalPence()));
    }

    public boolean draft() {
        return batch != null && batch.state() == ClaimBatchState.DRAFT;
    }

    public boolean approved() {
        return batch != null && batch.state() == ClaimBatchState.APPROVED;
    }

    public boolean discardable() {
        return draft() || approved();
    }

    /** Failed spot checks: the families they took out, with the notes. */
    public List<ClaimBatchView.Audit> failures() {
        return batch == null
                ? List.of()
                : batch.auditResults().stream()
                        .filter(audit -> audit.result().name().equals("FAIL"))
                        .toList();
    }

    public static String pounds(long pence) {
        return "£" + ClaimExport.pounds(pence);
    }
}
