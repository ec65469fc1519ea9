package uk.earlyhelp.referral.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.earlyhelp.platform.axon.AxonSetup;
import uk.earlyhelp.platform.messaging.KafkaEventPublisher;
import uk.earlyhelp.referral.domain.Referral;
import uk.earlyhelp.referral.projection.ReferralViewProjection;

@ApplicationScoped
public class ReferralAxonSetup implements AxonSetup {

    private final KafkaEventPublisher publisher;
    private final ReferralViewProjection referralViews;

    ReferralAxonSetup(KafkaEventPublisher publisher, ReferralViewProjection referralViews) {
        this.publisher = publisher;
        this.referralViews = referralViews;
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Referral.class);
    }

    @Override
    public List<Object> eventHandlers() {
        return List.of(publisher, referralViews);
    }
}
