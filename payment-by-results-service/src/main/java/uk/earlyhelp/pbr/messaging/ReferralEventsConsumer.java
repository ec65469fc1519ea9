package uk.earlyhelp.pbr.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.earlyhelp.contracts.FamiliesMergedV1;
import uk.earlyhelp.pbr.projection.FamilyMerges;
import uk.earlyhelp.platform.messaging.Inbox;

/** Notes families merged at the front door: a merged pair is claimed at most once. */
@ApplicationScoped
public class ReferralEventsConsumer {

    static final String CHANNEL = "referrals";

    @Inject
    Inbox inbox;

    @Inject
    FamilyMerges merges;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.receiveBatch(CHANNEL, records, event -> {
            if (event instanceof FamiliesMergedV1 merged) {
                merges.merged(merged.familyId(), merged.intoFamilyId());
            }
        });
    }
}
