package uk.earlyhelp.referral.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import uk.earlyhelp.referral.domain.ReferralReceived;
import uk.earlyhelp.referral.domain.frontdoor.FamiliesMerged;
import uk.earlyhelp.referral.domain.frontdoor.FamilyTriaged;
import uk.earlyhelp.referral.domain.frontdoor.TriageDue;

/** Keeps each family's triage state: pending, and due by when, from a referral until a duty officer triages it. */
@Singleton
@ProcessingGroup("triage-status")
public class TriageStatusProjection {

    @Inject
    TriageStatuses statuses;

    @Inject
    TriageDue due;

    @EventHandler
    void on(ReferralReceived event) {
        statuses.referred(
                event.familyId(),
                event.council(),
                event.receivedAt(),
                event.safeguardingConcern(),
                due.dueBy(event.receivedAt(), event.safeguardingConcern()));
    }

    @EventHandler
    void on(FamiliesMerged event) {
        statuses.merged(event.familyId(), event.intoFamilyId());
    }

    @EventHandler
    void on(FamilyTriaged event) {
        statuses.triaged(event.familyId(), event.council(), event.outcome().name(), event.team(), event.triagedAt());
    }
}
