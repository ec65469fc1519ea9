package uk.earlyhelp.referral.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import uk.earlyhelp.referral.domain.PresentingIssue;
import uk.earlyhelp.referral.domain.ReferralReceived;
import uk.earlyhelp.referral.domain.frontdoor.FamilyTriaged;
import uk.earlyhelp.referral.domain.frontdoor.SocialCareOutcomeRecorded;
import uk.earlyhelp.referral.domain.frontdoor.TriageDue;

/** Puts each new referral (with its triage due time), triage and social care answer on the duty screen's feed. */
@Singleton
@ProcessingGroup("duty-feed")
public class DutyFeedProjection {

    @Inject
    DutyFeed feed;

    @Inject
    TriageDue due;

    @EventHandler
    void on(ReferralReceived event) {
        feed.referral(
                event.council(),
                event.familyId(),
                event.referralId(),
                event.agency(),
                event.issues().stream()
                        .map(PresentingIssue::problem)
                        .map(Enum::name)
                        .distinct()
                        .toList(),
                event.reReferral(),
                event.safeguardingConcern(),
                event.receivedAt(),
                due.dueBy(event.receivedAt(), event.safeguardingConcern()));
    }

    @EventHandler
    void on(FamilyTriaged event) {
        feed.triage(event);
    }

    @EventHandler
    void on(SocialCareOutcomeRecorded event) {
        feed.socialCareOutcome(event);
    }
}
