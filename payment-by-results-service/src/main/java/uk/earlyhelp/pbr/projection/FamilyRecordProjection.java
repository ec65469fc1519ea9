package uk.earlyhelp.pbr.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
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

    private void fold(String familyId, Object event) {
        families.save(families.factsForUpdate(familyId)
                .orElse(FamilyFacts.none(familyId))
                .apply(event));
    }
}
