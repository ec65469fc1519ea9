package uk.earlyhelp.pbr.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import uk.earlyhelp.pbr.domain.batch.RemoveFamilyFromBatch;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyFacts;
import uk.earlyhelp.pbr.domain.claimrecord.OutcomeRetractionNoted;
import uk.earlyhelp.pbr.domain.rules.ClaimRuleBook;
import uk.earlyhelp.pbr.domain.rules.Claimability;
import uk.earlyhelp.pbr.projection.ClaimBatchView;
import uk.earlyhelp.pbr.projection.ClaimRecords;

/**
 * When casework retracts an outcome, a claim must not rest on it. If the family's batch still has proof for it by
 * the batch's window end (another outcome, or employment), nothing changes. Otherwise the family leaves a draft or
 * approved batch, and a submitted claim is owed back as a negative line in the council's next batch. Runs once per
 * retraction, in its own processor, with the batch's row locked against a concurrent approval or submission.
 */
@Singleton
@ProcessingGroup(OutcomeRetractionPolicy.PROCESSING_GROUP)
public class OutcomeRetractionPolicy {

    public static final String PROCESSING_GROUP = "claim-retractions";

    @Inject
    BatchMembership membership;

    @Inject
    ClaimRecords records;

    @Inject
    ClaimRuleBook claimRules;

    @Inject
    Adjustments adjustments;

    @Inject
    ClaimBatchReading reading;

    /** Proxied, so resolved on first use: the policy is built while Axon itself is being configured. */
    @Inject
    ClaimBatchChanges changes;

    @EventHandler
    void on(OutcomeRetractionNoted event) {
        membership.heldBy(event.familyId()).ifPresent(held -> {
            FamilyFacts facts = records.facts(event.familyId());
            if (Claimability.assess(facts.unclaimed(), claimRules, held.windowEnd())
                    .claimable()) {
                return;
            }
            String reason = "Outcome " + event.outcomeId() + " retracted: " + event.reason();
            switch (held.state()) {
                case DRAFT, APPROVED -> {
                    changes.send(new RemoveFamilyFromBatch(held.batchId(), event.familyId(), reason, changes.now()));
                    membership.release(held.batchId(), event.familyId());
                }
                case SUBMITTED -> {
                    long claimed = reading.afterChange(held.batchId()).entries().stream()
                            .filter(entry -> entry.familyId().equals(event.familyId()))
                            .mapToLong(ClaimBatchView.Family::amountPence)
                            .sum();
                    adjustments.owe(event.familyId(), held.council(), held.batchId(), claimed, reason, changes.now());
                }
                case DISCARDED -> {
                    // A discarded batch released its families; nothing is held.
                }
            }
        });
    }
}
