package uk.earlyhelp.referral.projection;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import uk.earlyhelp.referral.domain.PresentingIssue;
import uk.earlyhelp.referral.domain.ReferralReceived;

/** Puts each new referral on the duty screen's feed, from the event store. */
@Singleton
@ProcessingGroup("duty-feed")
public class DutyFeedProjection {

    @Inject
    DutyFeed feed;

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
                event.receivedAt());
    }
}
