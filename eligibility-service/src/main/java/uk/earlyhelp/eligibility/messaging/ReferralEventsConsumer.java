package uk.earlyhelp.eligibility.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.earlyhelp.contracts.ReferralReceivedV1;
import uk.earlyhelp.contracts.ReferralWithdrawnV1;
import uk.earlyhelp.eligibility.domain.RecordReferralEvidence;
import uk.earlyhelp.eligibility.domain.WithdrawReferralEvidence;
import uk.earlyhelp.platform.messaging.Inbox;

/** Turns referral events into evidence on the family, once per {@code ce_id}. */
@ApplicationScoped
public class ReferralEventsConsumer {

    static final String CHANNEL = "referrals";

    private final Inbox inbox;
    private final CommandGateway commands;
    private final Clock clock;

    ReferralEventsConsumer(Inbox inbox, CommandGateway commands, Clock clock) {
        this.inbox = inbox;
        this.commands = commands;
        this.clock = clock;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CHANNEL, record, event -> {
            switch (event) {
                case ReferralReceivedV1 received ->
                    commands.sendAndWait(new RecordReferralEvidence(
                            received.familyId(),
                            received.council(),
                            received.referralId(),
                            Set.copyOf(received.problems()),
                            received.safeguardingConcern(),
                            clock.instant()));
                case ReferralWithdrawnV1 withdrawn ->
                    commands.sendAndWait(new WithdrawReferralEvidence(
                            withdrawn.familyId(), withdrawn.referralId(), clock.instant()));
                default -> {
                    // Other events on the topic do not bear on eligibility.
                }
            }
        });
    }
}
