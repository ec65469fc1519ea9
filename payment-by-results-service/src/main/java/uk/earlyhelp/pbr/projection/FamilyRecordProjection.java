package uk.earlyhelp.pbr.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import uk.earlyhelp.pbr.domain.claimrecord.AttachmentNoted;
import uk.earlyhelp.pbr.domain.claimrecord.EligibilityNoted;
import uk.earlyhelp.pbr.domain.claimrecord.EmploymentEndNoted;
import uk.earlyhelp.pbr.domain.claimrecord.EmploymentStartNoted;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyClaimed;
import uk.earlyhelp.pbr.domain.claimrecord.FamilyFacts;
import uk.earlyhelp.pbr.domain.claimrecord.OutcomeNoted;

/**
 * Keeps {@code pbr_family}: each family's claim facts, folded with the same code as the aggregate. Each
 * fact applies once (by id), so a replay writes the same rows.
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
    void on(OutcomeNoted event) {
        fold(event.familyId(), event);
    }

    @EventHandler
    void on(EmploymentStartNoted event) {
        fold(event.familyId(), event);
    }

    @EventHandler
    void on(EmploymentEndNoted event) {
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
