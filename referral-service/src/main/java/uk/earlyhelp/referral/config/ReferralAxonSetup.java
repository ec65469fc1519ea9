package uk.earlyhelp.referral.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.earlyhelp.platform.axon.AxonSetup;
import uk.earlyhelp.platform.messaging.KafkaEventPublisher;
import uk.earlyhelp.referral.domain.FamilyErasure;
import uk.earlyhelp.referral.domain.Referral;
import uk.earlyhelp.referral.domain.frontdoor.FrontDoorFamily;
import uk.earlyhelp.referral.projection.DutyFeedProjection;
import uk.earlyhelp.referral.projection.ReferralViewProjection;
import uk.earlyhelp.referral.projection.TriageStatusProjection;

@ApplicationScoped
public class ReferralAxonSetup implements AxonSetup {

    @Inject
    KafkaEventPublisher publisher;

    @Inject
    ReferralViewProjection referralViews;

    @Inject
    DutyFeedProjection dutyFeed;

    @Inject
    TriageStatusProjection triageStatus;

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Referral.class, FamilyErasure.class, FrontDoorFamily.class);
    }

    @Override
    public List<Object> eventHandlers() {
        return List.of(publisher, referralViews, dutyFeed, triageStatus);
    }
}
