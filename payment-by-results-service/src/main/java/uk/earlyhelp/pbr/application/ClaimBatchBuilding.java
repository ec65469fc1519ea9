package uk.earlyhelp.pbr.application;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.earlyhelp.pbr.config.PaymentByResultsRules;
import uk.earlyhelp.pbr.domain.batch.Adjustment;
import uk.earlyhelp.pbr.domain.batch.BatchEntry;
import uk.earlyhelp.pbr.domain.batch.CarryAdjustments;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchState;
import uk.earlyhelp.pbr.domain.batch.DraftClaimBatch;
import uk.earlyhelp.pbr.domain.batch.RebuildClaimBatch;
import uk.earlyhelp.pbr.domain.rules.ClaimRuleBook;
import uk.earlyhelp.pbr.domain.rules.Claimability;
import uk.earlyhelp.pbr.domain.rules.FundingCap;
import uk.earlyhelp.pbr.projection.ClaimBatchView;
import uk.earlyhelp.pbr.projection.FamilyRecords;
import uk.earlyhelp.platform.api.ProblemException;
import uk.earlyhelp.platform.time.England;

/**
 * A finance officer drafts a batch of the families claimable by a window end, or rebuilds a draft with the
 * families claimable by the same window end now (its audit seed kept). Each family is reserved in {@code
 * claim_batch_family} in the same transaction, so two builds at once never share one.
 */
@ApplicationScoped
public class ClaimBatchBuilding {

    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    ClaimBatchChanges changes;

    @Inject
    BatchMembership membership;

    @Inject
    FamilyRecords families;

    @Inject
    ClaimRuleBook claimRules;

    @Inject
    Funding funding;

    @Inject
    Adjustments adjustments;

    @Inject
    PaymentByResultsRules rules;

    @Transactional
    @TransactionConfiguration(timeout = ClaimBatchChanges.TRANSACTION_SECONDS)
    public ClaimBatchView build(String council, LocalDate windowEnd, String by) {
        Instant now = changes.now();
        requireNotFuture(windowEnd, now);
        String batchId = UUID.randomUUID().toString();
        membership.open(batchId, council, windowEnd, now);
        Reserved reserved = reserveClaimable(batchId, council, windowEnd);
        changes.send(new DraftClaimBatch(
                batchId,
                council,
                windowEnd,
                reserved.entries(),
                SEEDS.nextLong(),
                rules.auditSamplePercent(),
                by,
                now,
                reserved.overCap()));
        List<Adjustment> owed = adjustments.carry(batchId, council);
        if (!owed.isEmpty()) {
            changes.send(new CarryAdjustments(batchId, owed));
        }
        return changes.afterChange(batchId);
    }

    @Transactional
    @TransactionConfiguration(timeout = ClaimBatchChanges.TRANSACTION_SECONDS)
    public ClaimBatchView rebuild(String batchId, String council, String by) {
        ClaimBatchView batch = changes.lock(batchId, council, ClaimBatchState.DRAFT, "rebuilt");
        membership.releaseAll(batchId);
        Reserved reserved = reserveClaimable(batchId, batch.council(), batch.windowEnd());
        changes.send(new RebuildClaimBatch(batchId, reserved.entries(), by, changes.now(), reserved.overCap()));
        adjustments.release(batchId);
        changes.send(new CarryAdjustments(batchId, adjustments.carry(batchId, batch.council())));
        return changes.afterChange(batchId);
    }

    /** The families a batch took, and how many more were claimable but beyond the funded maximum. */
    private record Reserved(List<BatchEntry> entries, int overCap) {}

    private Reserved reserveClaimable(String batchId, String council, LocalDate windowEnd) {
        int room = FundingCap.room(funding.lockedFundedFamilies(council), membership.claimedOrInBatches(council));
        List<BatchEntry> claimable = new ArrayList<>();
        families.forEachCandidate(council, windowEnd, facts -> {
            var assessment = Claimability.assess(facts, claimRules, windowEnd);
            if (assessment.claimable()) {
                claimable.add(BatchEntry.of(
                        facts,
                        assessment.proof(),
                        claimRules.inForceOn(facts.attachedOn()).version(),
                        rules.resultPaymentPence()));
            }
        });
        List<BatchEntry> withinCap = claimable.subList(0, Math.min(room, claimable.size()));
        Set<String> reserved = membership.reserve(
                batchId, council, withinCap.stream().map(BatchEntry::familyId).toList());
        return new Reserved(
                withinCap.stream()
                        .filter(entry -> reserved.contains(entry.familyId()))
                        .toList(),
                claimable.size() - withinCap.size());
    }

    private static void requireNotFuture(LocalDate windowEnd, Instant now) {
        if (windowEnd.isAfter(England.dateOf(now))) {
            throw ProblemException.unprocessable(
                    "windowEnd", "A claim window cannot end after today: results cannot be proved in advance.");
        }
    }
}
