package uk.earlyhelp.pbr.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import uk.earlyhelp.pbr.application.OutcomeRetractionPolicy;
import uk.earlyhelp.pbr.domain.batch.ClaimBatch;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchApproved;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchDrafted;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchRebuilt;
import uk.earlyhelp.pbr.domain.batch.ClaimBatchSubmitted;
import uk.earlyhelp.pbr.domain.claimrecord.AttachmentNoted;
import uk.earlyhelp.pbr.domain.claimrecord.EligibilityNoted;
import uk.earlyhelp.pbr.domain.claimrecord.EmploymentEndNoted;
import uk.earlyhelp.pbr.domain.claimrecord.EmploymentStartNoted;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyClaimRecord;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyClaimed;
import uk.earlyhelp.pbr.domain.claimrecord.OutcomeNoted;
import uk.earlyhelp.pbr.projection.FamilyRecordProjection;
import uk.earlyhelp.platform.axon.AxonSetup;
import uk.earlyhelp.platform.messaging.KafkaEventPublisher;

@ApplicationScoped
public class PaymentByResultsAxonSetup implements AxonSetup {

    @Inject
    KafkaEventPublisher publisher;

    @Inject
    FamilyRecordProjection families;

    @Inject
    OutcomeRetractionPolicy retractions;

    @Override
    public List<Class<?>> aggregates() {
        return List.of(FamilyClaimRecord.class, ClaimBatch.class);
    }

    @Override
    public List<Object> eventHandlers() {
        return List.of(publisher, families, retractions);
    }

    /**
     * Every event stored before {@code domain} was split by aggregate still carries its old name in the event
     * store, for ever: the names are written out, never derived, so a later rename cannot change them.
     */
    @Override
    public Map<String, Class<?>> movedEventTypes() {
        return Map.ofEntries(
                Map.entry("uk.earlyhelp.pbr.domain.EligibilityNoted", EligibilityNoted.class),
                Map.entry("uk.earlyhelp.pbr.domain.AttachmentNoted", AttachmentNoted.class),
                Map.entry("uk.earlyhelp.pbr.domain.OutcomeNoted", OutcomeNoted.class),
                Map.entry("uk.earlyhelp.pbr.domain.EmploymentStartNoted", EmploymentStartNoted.class),
                Map.entry("uk.earlyhelp.pbr.domain.EmploymentEndNoted", EmploymentEndNoted.class),
                Map.entry("uk.earlyhelp.pbr.domain.FamilyClaimed", FamilyClaimed.class),
                Map.entry("uk.earlyhelp.pbr.domain.ClaimBatchDrafted", ClaimBatchDrafted.class),
                Map.entry("uk.earlyhelp.pbr.domain.ClaimBatchRebuilt", ClaimBatchRebuilt.class),
                Map.entry("uk.earlyhelp.pbr.domain.ClaimBatchApproved", ClaimBatchApproved.class),
                Map.entry("uk.earlyhelp.pbr.domain.ClaimBatchSubmitted", ClaimBatchSubmitted.class));
    }
}
