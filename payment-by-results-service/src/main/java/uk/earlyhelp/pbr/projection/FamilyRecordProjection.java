package uk.earlyhelp.pbr.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import uk.earlyhelp.pbr.domain.claimrecord.AttachmentNoted;
import uk.earlyhelp.pbr.domain.claimrecord.EligibilityNoted;
import uk.earlyhelp.pbr.domain.claimrecord.EmploymentEndNoted;
import uk.earlyhelp.pbr.domain.claimrecord.EmploymentStartNoted;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyClaimed;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyFacts;
import uk.earlyhelp.pbr.domain.claimrecord.OutcomeNoted;
import uk.earlyhelp.pbr.domain.claimrecord.OutcomeRetractionNoted;
import uk.earlyhelp.platform.jdbc.BatchedWrites;

/**
 * Keeps {@code pbr_family}: each family's claim facts, folded with the same code as the aggregate. Each
 * fact applies once (by id), so a replay writes the same rows. When evidence (an outcome, an employment spell) last
 * arrived is kept too: a family that failed a spot check is claimable again only after new evidence.
 */
@Singleton
@ProcessingGroup("pbr-family")
public class FamilyRecordProjection {

    @Inject
    FamilyRecords families;

    @Inject
    BatchedWrites writes;

    @EventHandler
    void on(EligibilityNoted event) {
        fold(event.familyId(), event);
    }

    @EventHandler
    void on(AttachmentNoted event) {
        fold(event.familyId(), event);
    }

    @EventHandler
    void on(OutcomeNoted event, @Timestamp Instant noted) {
        fold(event.familyId(), event);
        families.evidenceNoted(event.familyId(), noted);
    }

    @EventHandler
    void on(EmploymentStartNoted event, @Timestamp Instant noted) {
        fold(event.familyId(), event);
        families.evidenceNoted(event.familyId(), noted);
    }

    @EventHandler
    void on(EmploymentEndNoted event, @Timestamp Instant noted) {
        fold(event.familyId(), event);
        families.evidenceNoted(event.familyId(), noted);
    }

    @EventHandler
    void on(OutcomeRetractionNoted event) {
        fold(event.familyId(), event);
    }

    @EventHandler
    void on(FamilyClaimed event) {
        fold(event.familyId(), event);
    }

    /**
     * Folds the event into the family's facts: read (and locked) once per processor batch, kept as folded in the
     * batch's state for the family's next event, saved with the batch.
     */
    private void fold(String familyId, Object event) {
        Map<String, FamilyFacts> folded = writes.batchState("pbr-family");
        FamilyFacts facts = folded.computeIfAbsent(
                        familyId, id -> families.factsForUpdate(id).orElse(FamilyFacts.none(id)))
                .apply(event);
        folded.put(familyId, facts);
        families.save(facts);
    }
}
